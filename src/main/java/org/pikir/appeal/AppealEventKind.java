package org.pikir.appeal;

/** The kinds of entries in an appeal's append-only timeline. */
public enum AppealEventKind {
    REGISTERED,
    ASSIGNED,
    REDIRECTED,
    EXTENDED,
    ANSWERED,
    DISMISSED,
    DISPUTED,
    RATED
}
