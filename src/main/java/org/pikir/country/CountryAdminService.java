package org.pikir.country;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of countries' reference data: statutory rules, agencies and calendar exceptions. */
@Service
@Transactional
@PreAuthorize(Roles.HAS_ADMIN)
public class CountryAdminService {

    static final int MAX_PERIOD_DAYS = 365;
    static final int MAX_COLLECTION_DAYS = 3650;
    static final int MAX_THRESHOLD = 10_000_000;
    static final int MAX_LEGAL_BASIS = 1000;
    static final int MAX_AGENCY_NAME = 300;
    static final int MAX_HOLIDAY_NAME = 200;
    // Codes are stable identifiers used in imports and URLs: upper-case letters, digits and underscores.
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]{1,63}");
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    private final CountryRulesRepository rules;
    private final AgencyRepository agencies;
    private final CalendarExceptionRepository exceptions;
    private final ApplicationEventPublisher events;

    CountryAdminService(
            CountryRulesRepository rules,
            AgencyRepository agencies,
            CalendarExceptionRepository exceptions,
            ApplicationEventPublisher events) {
        this.rules = rules;
        this.agencies = agencies;
        this.exceptions = exceptions;
        this.events = events;
    }

    /** Replaces a country's statutory rules after validating every value. */
    public CountryRules updateRules(CountryCode country, CountryRulesForm form) {
        Objects.requireNonNull(form, "form");
        CountryRules current = rules.findById(country).orElseThrow(NotFoundException::new);
        FieldErrors errors = new FieldErrors();
        range(errors, "appealPeriod", form.appealPeriod(), 1, MAX_PERIOD_DAYS);
        errors.require("appealPeriodUnit", form.appealPeriodUnit());
        range(errors, "appealExtensionMax", form.appealExtensionMax(), 0, MAX_PERIOD_DAYS);
        errors.require("appealExtensionUnit", form.appealExtensionUnit());
        errors.requireText("appealLegalBasis", form.appealLegalBasis(), MAX_LEGAL_BASIS);
        range(errors, "petitionThreshold", form.petitionThreshold(), 1, MAX_THRESHOLD);
        range(errors, "petitionCollectionDays", form.petitionCollectionDays(), 1, MAX_COLLECTION_DAYS);
        range(errors, "petitionResponseDays", form.petitionResponseDays(), 1, MAX_PERIOD_DAYS);
        errors.require("petitionResponseUnit", form.petitionResponseUnit());
        errors.requireText("petitionLegalBasis", form.petitionLegalBasis(), MAX_LEGAL_BASIS);
        range(errors, "consultationMinDays", form.consultationMinDays(), 1, MAX_PERIOD_DAYS);
        errors.require("consultationMinUnit", form.consultationMinUnit());
        errors.requireText("consultationLegalBasis", form.consultationLegalBasis(), MAX_LEGAL_BASIS);
        errors.throwIfAny();
        current.apply(form);
        return current;
    }

    /** Adds an agency to a country. */
    public Agency createAgency(AgencyForm form) {
        Objects.requireNonNull(form, "form");
        FieldErrors errors = new FieldErrors();
        CountryCode country = errors.require("country", form.country());
        String code = validateAgency(errors, form, null);
        errors.throwIfAny();
        return agencies.save(new Agency(country, code, form.kind(), names(form), form.parentId()));
    }

    /** Changes an agency's code, kind, names or parent; its country stays fixed. */
    public Agency updateAgency(long id, AgencyForm form) {
        Objects.requireNonNull(form, "form");
        Agency agency = agencies.findById(id).orElseThrow(NotFoundException::new);
        FieldErrors errors = new FieldErrors();
        if (form.country() != agency.getCountry()) {
            // Officials are bound to an agency of one country; moving it would silently move them too.
            errors.add("country", "country.agency.error.countryFixed");
        }
        String code = validateAgency(errors, form, agency);
        errors.throwIfAny();
        agency.change(code, form.kind(), names(form), form.parentId());
        return agency;
    }

    /** Hides an agency from new appeals and pickers; existing records keep pointing to it. */
    public void deactivateAgency(long id) {
        agencies.findById(id).orElseThrow(NotFoundException::new).setActive(false);
    }

    /** Makes a deactivated agency available again. */
    public void reactivateAgency(long id) {
        agencies.findById(id).orElseThrow(NotFoundException::new).setActive(true);
    }

    /** Adds a holiday or a moved working day; deadlines computed afterwards take it into account. */
    public CalendarException addCalendarException(CountryCode country, CalendarExceptionForm form) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(form, "form");
        FieldErrors errors = new FieldErrors();
        LocalDate day = errors.require("day", form.day());
        CalendarDayKind kind = errors.require("kind", form.kind());
        String kk = errors.requireText("nameKk", form.nameKk(), MAX_HOLIDAY_NAME);
        String ru = errors.requireText("nameRu", form.nameRu(), MAX_HOLIDAY_NAME);
        String en = errors.requireText("nameEn", form.nameEn(), MAX_HOLIDAY_NAME);
        if (day != null) {
            if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                errors.add("day", "country.holiday.error.dayRange", FIRST_DAY.getYear(), LAST_DAY.getYear());
            } else if (exceptions.existsById(new CalendarException.Key(country, day))) {
                errors.add("day", "country.holiday.error.exists");
            } else if (kind == CalendarDayKind.WORKDAY && !isWeekend(day)) {
                errors.add("kind", "country.holiday.error.workdayNotWeekend");
            }
        }
        errors.throwIfAny();
        CalendarException saved =
                exceptions.save(new CalendarException(country, day, kind, new LocalizedName(kk, ru, en)));
        events.publishEvent(new CalendarExceptionsChanged(country));
        return saved;
    }

    /** Removes a holiday or moved working day of a country. */
    public void removeCalendarException(CountryCode country, LocalDate day) {
        CalendarException.Key key = new CalendarException.Key(country, day);
        if (!exceptions.existsById(key)) {
            throw new NotFoundException();
        }
        exceptions.deleteById(key);
        events.publishEvent(new CalendarExceptionsChanged(country));
    }

    private String validateAgency(FieldErrors errors, AgencyForm form, Agency existing) {
        String code = form.code() == null ? null : form.code().strip().toUpperCase(Locale.ROOT);
        if (code == null || code.isEmpty()) {
            errors.add("code", "error.required");
        } else if (!AGENCY_CODE.matcher(code).matches()) {
            errors.add("code", "country.agency.error.codeFormat");
        } else if (form.country() != null) {
            agencies.findByCountryAndCode(form.country(), code)
                    .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> errors.add("code", "country.agency.error.codeTaken"));
        }
        errors.require("kind", form.kind());
        errors.requireText("nameKk", form.nameKk(), MAX_AGENCY_NAME);
        errors.requireText("nameRu", form.nameRu(), MAX_AGENCY_NAME);
        errors.requireText("nameEn", form.nameEn(), MAX_AGENCY_NAME);
        if (form.parentId() != null) {
            boolean valid = agencies.findById(form.parentId())
                    .filter(parent -> parent.getCountry() == form.country())
                    .filter(parent -> existing == null || !isSelfOrDescendant(parent, existing))
                    .isPresent();
            if (!valid) {
                errors.add("parentId", "country.agency.error.parent");
            }
        }
        return code;
    }

    // Walks up from the proposed parent; reaching the edited agency would create a cycle.
    private boolean isSelfOrDescendant(Agency candidateParent, Agency edited) {
        Agency current = candidateParent;
        for (int depth = 0; current != null && depth < 50; depth++) {
            if (current.getId().equals(edited.getId())) {
                return true;
            }
            current = current.getParentId() == null
                    ? null
                    : agencies.findById(current.getParentId()).orElse(null);
        }
        return false;
    }

    private static LocalizedName names(AgencyForm form) {
        return new LocalizedName(
                form.nameKk().strip(), form.nameRu().strip(), form.nameEn().strip());
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void range(FieldErrors errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.add(field, "country.error.range", min, max);
        }
    }
}
