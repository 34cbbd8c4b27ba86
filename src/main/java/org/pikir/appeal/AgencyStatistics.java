package org.pikir.appeal;

import java.time.LocalDate;

/**
 * One agency's appeal figures for a period (dates in the country's zone, both included). {@code received}:
 * appeals registered at, redirected to or disputed to the agency; {@code answered}: answers given;
 * {@code onTime}: answers given by the deadline in force then; {@code overdue}: answers given late plus appeals
 * received in the period that are still open past their deadline; {@code medianResponseDays}: registration (or
 * the restart of the period) to answer; null figures mean "no data"; {@code answeredBeforeAsking}: citizens who found their
 * answer among the agency's public answers while writing an appeal and did not send it.
 */
public record AgencyStatistics(
        long agencyId,
        LocalDate from,
        LocalDate to,
        long received,
        long answered,
        long onTime,
        long overdue,
        Double medianResponseDays,
        Double averageRating,
        long ratings,
        long answeredBeforeAsking) {}
