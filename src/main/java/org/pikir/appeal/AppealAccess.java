package org.pikir.appeal;

/** Why the caller may see an appeal; anyone else gets "not found". */
public enum AppealAccess {
    /** The person who submitted it: everything, and the author's actions. */
    AUTHOR,
    /** An official of the agency handling it now: everything, and the agency's actions. */
    HANDLER,
    /** An official of an agency that handled it earlier: only the timeline entries of that agency. */
    FORMER_HANDLER
}
