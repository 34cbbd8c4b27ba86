package org.pikir.appeal;

/** What the author asks for; shown to the agency and used in filters and statistics. */
public enum AppealType {
    REQUEST,
    COMPLAINT,
    PROPOSAL,
    ENQUIRY,
    FEEDBACK
}
