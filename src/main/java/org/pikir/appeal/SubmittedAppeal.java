package org.pikir.appeal;

import java.time.Instant;

/** The acknowledgement of a committed submission: what the confirmation page shows. */
public record SubmittedAppeal(long id, String number, Instant dueAt) {}
