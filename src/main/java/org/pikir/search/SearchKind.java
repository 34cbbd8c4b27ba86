package org.pikir.search;

import java.util.Arrays;
import java.util.Optional;

/** What a search hit is; {@link #code()} is stored in the index and used in links ("type=petition"). */
public enum SearchKind {
    DRAFT("draft", true),
    ARTICLE("article", true),
    COMMENT("comment", false),
    PETITION("petition", true),
    ANSWER("answer", true);

    private final String code;
    private final boolean titleSearchable;

    SearchKind(String code, boolean titleSearchable) {
        this.code = code;
        this.titleSearchable = titleSearchable;
    }

    public String code() {
        return code;
    }

    /**
     * Whether the title is part of the searchable text. A comment's title is the draft it is on: matching it would
     * return every comment of a draft for the draft's name.
     */
    boolean titleSearchable() {
        return titleSearchable;
    }

    /** The kind for a code, if it is one. */
    public static Optional<SearchKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
