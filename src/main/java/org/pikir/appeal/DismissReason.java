package org.pikir.appeal;

/**
 * Legal grounds for leaving an appeal without consideration (the common grounds of the five countries'
 * appeal laws, e.g. Kazakhstan's APPK art. 89): the codes are stored, their wording is translated.
 */
public enum DismissReason {
    /** The author withdrew the appeal. */
    WITHDRAWN,
    /** The same question was already answered for this author and nothing new is raised. */
    REPEATED,
    /** The text cannot be understood or contains no question for the agency. */
    NO_SUBSTANCE,
    /** Offensive language or threats. */
    ABUSIVE,
    /** The matter is before a court or already decided by one. */
    COURT_MATTER,
    /** The author cannot be identified or reached. */
    ANONYMOUS
}
