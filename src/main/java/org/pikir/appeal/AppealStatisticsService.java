package org.pikir.appeal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.pikir.country.Agency;
import org.pikir.country.CountryService;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.Roles;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures on how an agency handles its appeals; computed from the database on every request. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.HAS_OFFICIAL)
public class AppealStatisticsService {

    private final NamedParameterJdbcTemplate jdbc;
    private final AppealPermissions permissions;
    private final CountryService countries;
    private final AppealDeadlines deadlines;
    private final Clock clock;

    AppealStatisticsService(
            NamedParameterJdbcTemplate jdbc,
            AppealPermissions permissions,
            CountryService countries,
            AppealDeadlines deadlines,
            Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.countries = countries;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Today in the caller's agency's time zone: the default end of the period (the server's date can be a day
     * behind or ahead of the agency's, and the figures count by the agency's local dates).
     */
    public LocalDate today() {
        long agency = permissions.myAgency();
        return LocalDate.now(clock.withZone(agencyZone(agency)));
    }

    private ZoneId agencyZone(long agency) {
        return deadlines.zone(countries.agency(agency).map(Agency::getCountry).orElseThrow());
    }

    /** The caller's agency's figures for a period of local dates, both included. */
    public AgencyStatistics statistics(LocalDate from, LocalDate to) {
        long agency = permissions.myAgency();
        FieldErrors errors = new FieldErrors();
        errors.require("from", from);
        errors.require("to", to);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "appeal.error.periodOrder");
        }
        errors.throwIfAny();
        ZoneId zone = agencyZone(agency);
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        Timestamp now = Timestamp.from(clock.instant());

        // One statement, one round trip; each figure reads only its own index range (agency, kind, period), and
        // the answers are read once for their count, the on-time count and the median. An appeal has exactly one
        // REGISTERED event, so "received" counts those and adds the appeals redirected or disputed to the agency
        // that were not also registered there in the period (the same distinct appeals as a union, without
        // sorting them). An answer carries the start of its period (V790); for answers written before, the start
        // is looked up among the appeal's events, as it always was.
        Map<String, Object> row =
                jdbc.queryForMap("""
                select
                  (select count(*) from appeal_event e
                   where e.agency_id = :agency and e.kind = 'REGISTERED' and e.at >= :start and e.at < :end)
                  + (select count(distinct e.appeal_id) from appeal_event e
                     where e.target_agency_id = :agency and e.kind in ('REDIRECTED', 'DISPUTED')
                       and e.at >= :start and e.at < :end
                       and not exists (select 1 from appeal_event g
                                       where g.appeal_id = e.appeal_id and g.agency_id = :agency
                                         and g.kind = 'REGISTERED' and g.at >= :start and g.at < :end)) as received,
                  answers.answered, answers.on_time, answers.median,
                  (select count(*) from appeal a
                   where a.agency_id = :agency and a.status in ('REGISTERED', 'IN_PROGRESS', 'DISPUTED')
                     and a.due_at < :now and a.period_start >= :start and a.period_start < :end) as open_overdue,
                  ratings.average, ratings.n,
                  (select count(*) from public_answer_use u
                   where u.agency_id = :agency and u.at >= :start and u.at < :end) as answered_before_asking
                from (
                  select count(*) as answered,
                         count(*) filter (where e.at <= e.due_at) as on_time,
                         percentile_cont(0.5) within group (
                             order by extract(epoch from (e.at - coalesce(
                                 e.period_start,
                                 (select max(p.at) from appeal_event p
                                  where p.appeal_id = e.appeal_id and p.at <= e.at
                                    and p.kind in ('REGISTERED', 'REDIRECTED', 'DISPUTED')),
                                 e.at))) / 86400.0) as median
                  from appeal_event e
                  where e.kind = 'ANSWERED' and e.agency_id = :agency and e.at >= :start and e.at < :end) answers,
                (select avg(r.rating)::float8 as average, count(r.rating) as n from appeal_reply r
                 where r.agency_id = :agency and r.created_at >= :start and r.created_at < :end) ratings""", Map.of("agency", agency, "start", start, "end", end, "now", now));
        long answered = longOf(row, "answered");
        long onTime = longOf(row, "on_time");
        Number median = (Number) row.get("median");
        Number average = (Number) row.get("average");
        return new AgencyStatistics(
                agency,
                from,
                to,
                longOf(row, "received"),
                answered,
                onTime,
                answered - onTime + longOf(row, "open_overdue"),
                median == null ? null : median.doubleValue(),
                average == null ? null : average.doubleValue(),
                longOf(row, "n"),
                longOf(row, "answered_before_asking"));
    }

    private static long longOf(Map<String, Object> row, String column) {
        Number value = (Number) row.get(column);
        return value == null ? 0 : value.longValue();
    }
}
