package org.pikir.petition;

/** Why a moderator rejected a petition; published with the petition. */
public enum RejectionReason {
    DUPLICATE,
    NOT_COMPETENT,
    OFFENSIVE,
    PERSONAL_DATA,
    UNCLEAR,
    OTHER;

    /** Offensive text and personal data are not republished: the public sees only the reason and the note. */
    public boolean hidesText() {
        return this == OFFENSIVE || this == PERSONAL_DATA;
    }
}
