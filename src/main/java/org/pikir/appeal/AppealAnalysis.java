package org.pikir.appeal;

import java.util.Optional;
import org.pikir.analysis.ItemRef;
import org.pikir.analysis.Scope;

/** How appeals are named in the analysis engine: one scope per receiving agency. */
public final class AppealAnalysis {

    /** Scope kind: the appeals an agency received. */
    public static final String SCOPE_KIND = "agency";

    /** Item kind of an appeal. */
    public static final String ITEM_KIND = "appeal";

    private AppealAnalysis() {}

    public static Scope scope(long agencyId) {
        return Scope.of(SCOPE_KIND, agencyId);
    }

    public static ItemRef item(long appealId) {
        return ItemRef.of(ITEM_KIND, appealId);
    }

    /** The appeal id of an analysed item, empty for other kinds. */
    public static Optional<Long> appealId(ItemRef item) {
        return item == null ? Optional.empty() : item.numericId(ITEM_KIND);
    }
}
