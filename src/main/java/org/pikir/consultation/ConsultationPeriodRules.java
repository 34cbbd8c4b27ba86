package org.pikir.consultation;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryRules;
import org.pikir.country.CountryService;
import org.pikir.country.PeriodUnit;
import org.pikir.country.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * The statutory minimum public-discussion period of a country (country rules: consultation_min_days and its
 * unit), counted with the country's working-day calendar the same way as every other statutory period.
 */
@Component
class ConsultationPeriodRules {

    /** The minimum: an amount and whether it counts working or calendar days. */
    record Minimum(int amount, boolean workingDays) {}

    private final CountryService countries;
    private final WorkingDayCalendar calendar;

    ConsultationPeriodRules(CountryService countries, WorkingDayCalendar calendar) {
        this.countries = countries;
        this.calendar = calendar;
    }

    Minimum minimum(CountryCode country) {
        CountryRules rules = countries.rules(country);
        return new Minimum(rules.getConsultationMinDays(), rules.getConsultationMinUnit() == PeriodUnit.WORKING_DAYS);
    }

    /** Whether a window opened at {@code opens} runs at least until the end of the minimum period's last day. */
    boolean isLongEnough(CountryCode country, Instant opens, Instant closes) {
        CountryRules rules = countries.rules(country);
        ZonedDateTime earliestClose =
                calendar.dueDate(country, opens, rules.getConsultationMinDays(), rules.getConsultationMinUnit());
        return !closes.isBefore(earliestClose.toInstant());
    }
}
