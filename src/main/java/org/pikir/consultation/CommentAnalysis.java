package org.pikir.consultation;

import java.util.Optional;
import org.pikir.analysis.ItemRef;
import org.pikir.analysis.Scope;

/** How a draft's comments are named in the analysis engine (for this module and those that read the results). */
public final class CommentAnalysis {

    /** Scope kind: the comments of one draft law. */
    public static final String SCOPE_KIND = "consultation";

    /** Item kind of a comment. */
    public static final String ITEM_KIND = "comment";

    private CommentAnalysis() {}

    /** The scope holding a draft's comments. */
    public static Scope scope(long draftId) {
        return Scope.of(SCOPE_KIND, draftId);
    }

    /** A comment as an analysed item. */
    public static ItemRef item(long commentId) {
        return ItemRef.of(ITEM_KIND, commentId);
    }

    /** The comment id of an analysed item, empty when the item is not a comment. */
    public static Optional<Long> commentId(ItemRef item) {
        return item == null ? Optional.empty() : item.numericId(ITEM_KIND);
    }
}
