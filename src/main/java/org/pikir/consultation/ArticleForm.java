package org.pikir.consultation;

/**
 * One article as an official edits it. {@code ref} is null for a new article and keeps the identity of an
 * existing one across versions.
 */
public record ArticleForm(
        String ref,
        String number,
        String chapterKk,
        String chapterRu,
        String chapterEn,
        String headingKk,
        String headingRu,
        String headingEn,
        String textKk,
        String textRu,
        String textEn) {

    public Trilingual chapter() {
        return Trilingual.of(chapterKk, chapterRu, chapterEn);
    }

    public Trilingual heading() {
        return Trilingual.of(headingKk, headingRu, headingEn);
    }

    public Trilingual text() {
        return Trilingual.of(textKk, textRu, textEn);
    }

    /** A copy with the text of one language replaced (used when merging imports). */
    public ArticleForm withLanguage(String language, String chapter, String heading, String text) {
        return switch (language) {
            case "kk" ->
                new ArticleForm(
                        ref, number, chapter, chapterRu, chapterEn, heading, headingRu, headingEn, text, textRu,
                        textEn);
            case "ru" ->
                new ArticleForm(
                        ref, number, chapterKk, chapter, chapterEn, headingKk, heading, headingEn, textKk, text,
                        textEn);
            default ->
                new ArticleForm(
                        ref, number, chapterKk, chapterRu, chapter, headingKk, headingRu, heading, textKk, textRu,
                        text);
        };
    }
}
