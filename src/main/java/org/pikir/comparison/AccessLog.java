package org.pikir.comparison;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.pikir.country.CountryCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes and reads the append-only comparison access log (V600). */
@Component
class AccessLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(Long accountId, LocalDate from, LocalDate to, Collection<CountryCode> countries, AccessAction action) {
        jdbc.update(
                """
                insert into comparison_access_log (account_id, accessed_at, period_from, period_to, countries, action)
                values (?, ?, ?, ?, ?, ?)""",
                accountId,
                Timestamp.from(clock.instant()),
                Date.valueOf(from),
                Date.valueOf(to),
                countries.stream().map(Enum::name).collect(Collectors.joining(",")),
                action.name());
    }

    List<AccessLogEntry> recent(int limit) {
        return jdbc.query(
                """
                select l.accessed_at, coalesce(u.email, '-'), l.period_from, l.period_to, l.countries, l.action
                from comparison_access_log l left join user_account u on u.id = l.account_id
                order by l.accessed_at desc, l.id desc limit ?""",
                (rs, i) -> new AccessLogEntry(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(),
                        rs.getString(5),
                        AccessAction.valueOf(rs.getString(6))),
                limit);
    }
}
