package org.pikir.country;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to countries and their agencies; public reference data, open to everyone. */
@Service
@Transactional(readOnly = true)
public class CountryService {

    private final CountryRepository countries;
    private final AgencyRepository agencies;
    private final CountryRulesRepository rules;
    private final CalendarExceptionRepository exceptions;

    CountryService(
            CountryRepository countries,
            AgencyRepository agencies,
            CountryRulesRepository rules,
            CalendarExceptionRepository exceptions) {
        this.countries = countries;
        this.agencies = agencies;
        this.rules = rules;
        this.exceptions = exceptions;
    }

    /** The statutory rules of a country (every country has them; seeded by migration V2). */
    public CountryRules rules(CountryCode country) {
        return rules.findById(country).orElseThrow(() -> new IllegalStateException("no rules for " + country));
    }

    /** Holidays and moved working days of a country in one year, by date. */
    public List<CalendarException> calendarExceptions(CountryCode country, int year) {
        return exceptions.findByKeyCountryAndKeyDayBetweenOrderByKeyDay(
                country, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The five countries in display order. */
    public List<Country> countries() {
        return countries.findAllByOrderBySortOrder();
    }

    /** One country by code. */
    public Optional<Country> country(CountryCode code) {
        return countries.findById(code);
    }

    /** Active agencies of a country. */
    public List<Agency> agencies(CountryCode country) {
        return agencies.findByCountryAndActiveTrueOrderByNameEn(country);
    }

    /** One agency by id. */
    public Optional<Agency> agency(long id) {
        return agencies.findById(id);
    }

    /** Agencies matching a text in any of the three languages (or the code), optionally in one country. */
    public Page<Agency> searchAgencies(CountryCode country, String text, boolean activeOnly, Pageable pageable) {
        return agencies.search(country, org.pikir.shared.LikePattern.contains(text), activeOnly, pageable);
    }
}
