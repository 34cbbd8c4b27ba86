package org.pikir.appeal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pikir.country.Agency;
import org.pikir.country.CountryService;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures on how an agency handles its appeals; computed from the database on every request. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.HAS_OFFICIAL)
public class AppealStatisticsService {

    private final JdbcTemplate jdbc;
    private final AppealPermissions permissions;
    private final CountryService countries;
    private final AppealDeadlines deadlines;
    private final Clock clock;

    AppealStatisticsService(
            JdbcTemplate jdbc,
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

        long received = number("""
                select count(distinct e.appeal_id) from appeal_event e
                where e.at >= ? and e.at < ?
                  and ((e.kind = 'REGISTERED' and e.agency_id = ?)
                    or (e.kind in ('REDIRECTED', 'DISPUTED') and e.target_agency_id = ?))""", start, end, agency, agency);
        long answered = number("""
                select count(*) from appeal_event e
                where e.kind = 'ANSWERED' and e.agency_id = ? and e.at >= ? and e.at < ?""", agency, start, end);
        long onTime = number("""
                select count(*) from appeal_event e
                where e.kind = 'ANSWERED' and e.agency_id = ? and e.at >= ? and e.at < ? and e.at <= e.due_at""", agency, start, end);
        long openOverdue = number("""
                select count(*) from appeal a
                where a.agency_id = ? and a.status in ('REGISTERED', 'IN_PROGRESS', 'DISPUTED')
                  and a.due_at < ? and a.period_start >= ? and a.period_start < ?""", agency, now, start, end);
        Double median = jdbc.queryForObject("""
                select percentile_cont(0.5) within group (
                           order by extract(epoch from (e.at - coalesce(
                               (select max(p.at) from appeal_event p where p.appeal_id = e.appeal_id and p.at <= e.at
                                  and p.kind in ('REGISTERED', 'REDIRECTED', 'DISPUTED')), e.at))) / 86400.0)
                from appeal_event e
                where e.kind = 'ANSWERED' and e.agency_id = ? and e.at >= ? and e.at < ?""", Double.class, agency, start, end);
        var rating = jdbc.queryForMap("""
                select avg(r.rating)::float8 as average, count(r.rating) as n from appeal_reply r
                where r.agency_id = ? and r.created_at >= ? and r.created_at < ?""", agency, start, end);
        Number average = (Number) rating.get("average");
        long answeredBeforeAsking = number(
                "select count(*) from public_answer_use u where u.agency_id = ? and u.at >= ? and u.at < ?",
                agency,
                start,
                end);
        return new AgencyStatistics(
                agency,
                from,
                to,
                received,
                answered,
                onTime,
                answered - onTime + openOverdue,
                median,
                average == null ? null : average.doubleValue(),
                ((Number) rating.get("n")).longValue(),
                answeredBeforeAsking);
    }

    private long number(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }
}
