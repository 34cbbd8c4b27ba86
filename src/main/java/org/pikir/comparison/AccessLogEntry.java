package org.pikir.comparison;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the comparison access log, for administrators. */
public record AccessLogEntry(
        Instant at, String who, LocalDate from, LocalDate to, String countries, AccessAction action) {}
