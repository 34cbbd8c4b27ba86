package org.pikir.petition;

import java.time.Instant;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryRules;
import org.pikir.country.CountryService;
import org.pikir.country.PeriodUnit;
import org.pikir.country.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/** A country's petition rules (threshold, collection and response periods) and response deadlines. */
@Component
class PetitionRulesSource {

    private final CountryService countries;
    private final WorkingDayCalendar calendar;

    PetitionRulesSource(CountryService countries, WorkingDayCalendar calendar) {
        this.countries = countries;
        this.calendar = calendar;
    }

    PetitionRules rules(CountryCode country) {
        CountryRules rules = countries.rules(country);
        return new PetitionRules(
                rules.getPetitionThreshold(),
                rules.getPetitionCollectionDays(),
                rules.getPetitionResponseDays(),
                rules.getPetitionResponseUnit() == PeriodUnit.WORKING_DAYS,
                rules.isPetitionStatutory());
    }

    /** The response deadline of a petition that reached its threshold at {@code from} (working-day calendar). */
    Instant responseDue(CountryCode country, Instant from) {
        CountryRules rules = countries.rules(country);
        return calendar.dueDate(country, from, rules.getPetitionResponseDays(), rules.getPetitionResponseUnit())
                .toInstant();
    }
}
