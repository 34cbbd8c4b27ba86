package org.pikir.comparison;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.pikir.account.CurrentUser;
import org.pikir.account.PikirUser;
import org.pikir.country.Country;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The five-country comparison for digital-diplomacy analysts: aggregates only, small counts suppressed, every
 * access logged. Computed from the database on every request.
 */
@Service
@Transactional
@PreAuthorize(Roles.HAS_ANALYST_OR_ADMIN)
public class ComparisonService {

    /** Longest period one comparison covers (the monthly trend stays readable). */
    public static final int MAX_MONTHS = 60;

    private final ComparisonBuilder builder;
    private final CountryService countries;
    private final AccessLog log;
    private final CurrentUser currentUser;
    private final Clock clock;

    ComparisonService(
            ComparisonBuilder builder, CountryService countries, AccessLog log, CurrentUser currentUser, Clock clock) {
        this.builder = builder;
        this.countries = countries;
        this.log = log;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Today's date in the easternmost of the five countries: no period may end after it. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return countries.countries().stream()
                .map(c -> LocalDate.now(clock.withZone(c.getZone())))
                .max(LocalDate::compareTo)
                .orElseGet(() -> LocalDate.now(clock));
    }

    /** The comparison of the chosen countries for a period of dates (both included); records the access. */
    public Comparison compare(LocalDate from, LocalDate to, Collection<CountryCode> chosen, AccessAction action) {
        validate(from, to, chosen);
        List<Country> shown = countries.countries().stream()
                .filter(c -> chosen.contains(c.getCode()))
                .toList();
        log.record(
                currentUser.get().map(PikirUser::accountId).orElse(null),
                from,
                to,
                shown.stream().map(Country::getCode).toList(),
                action == null ? AccessAction.VIEW : action);
        return builder.build(from, to, shown);
    }

    /** Records a download of figures already shown (the CSV of the comparison table). */
    public void recordExport(LocalDate from, LocalDate to, Collection<CountryCode> chosen) {
        validate(from, to, chosen);
        log.record(
                currentUser.get().map(PikirUser::accountId).orElse(null),
                from,
                to,
                chosen.stream().sorted().toList(),
                AccessAction.EXPORT_CSV);
    }

    /** The latest entries of the access log (administrators only). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.HAS_ADMIN)
    public List<AccessLogEntry> recentAccess(int limit) {
        return log.recent(Math.clamp(limit, 1, 500));
    }

    private void validate(LocalDate from, LocalDate to, Collection<CountryCode> chosen) {
        FieldErrors errors = new FieldErrors();
        errors.require(ComparisonQuery.FROM, from);
        errors.require(ComparisonQuery.TO, to);
        LocalDate today = today();
        if (from != null && from.isAfter(today)) {
            errors.add(ComparisonQuery.FROM, "comparison.error.future");
        }
        if (to != null && to.isAfter(today)) {
            errors.add(ComparisonQuery.TO, "comparison.error.future");
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(ComparisonQuery.TO, "comparison.error.periodOrder");
        }
        if (from != null
                && to != null
                && !to.isBefore(from)
                && from.plusMonths(MAX_MONTHS).isBefore(to)) {
            errors.add(ComparisonQuery.TO, "comparison.error.tooLong", MAX_MONTHS);
        }
        if (chosen == null || chosen.isEmpty()) {
            errors.add(ComparisonQuery.COUNTRIES, "comparison.error.noCountry");
        }
        errors.throwIfAny();
    }
}
