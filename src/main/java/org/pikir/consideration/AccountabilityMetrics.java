package org.pikir.consideration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pikir.consideration.Metrics.RedFlag;
import org.pikir.consideration.Metrics.WeekPoint;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accountability dashboard's figures, computed in SQL from comments, versions, articles and decisions
 * (never from caches). Public: aggregates only, no personal data.
 */
@Service
@Transactional(readOnly = true)
public class AccountabilityMetrics {

    private final NamedParameterJdbcTemplate jdbc;
    private final CampaignCounts campaignCounts;

    AccountabilityMetrics(NamedParameterJdbcTemplate jdbc, CampaignCounts campaignCounts) {
        this.jdbc = jdbc;
        this.campaignCounts = campaignCounts;
    }

    // Visible comments of published drafts in scope and period, with their current decision (if any).
    private static final String BASE = """
            with sc as (
                select c.id, c.draft_id, c.version_number, c.article_id, c.body, c.language, c.created_at
                from consultation_comment c join draft_law d on d.id = c.draft_id
                where c.hidden_at is null and d.status <> 'DRAFT' and c.created_at >= :from and c.created_at < :to
                  %s
            ), dc as (
                select sc.*, cd.first_decided_at, dd.id as decision_id, dd.outcome, dd.reason_language
                from sc join comment_decision cd on cd.comment_id = sc.id
                join consideration_decision dd on dd.id = cd.decision_id
            ), acc as (
                select dc.*, nv.id as next_version_id,
                    (exists (select 1 from consideration_decision_article la
                             join draft_article a2 on a2.id = la.article_id
                             join draft_version v2 on v2.id = a2.version_id
                             where la.decision_id = dc.decision_id and v2.number > dc.version_number
                               and not exists (select 1 from draft_article a1 join draft_version v1 on v1.id = a1.version_id
                                               where v1.draft_id = dc.draft_id and v1.number = v2.number - 1
                                                 and a1.ref = a2.ref and %s))
                     or (not exists (select 1 from consideration_decision_article la where la.decision_id = dc.decision_id)
                         and dc.article_id is not null
                         and not exists (select 1 from draft_article a1 join draft_article a2 on a2.ref = a1.ref
                                         where a1.id = dc.article_id and a2.version_id = nv.id and %s))) as reflected
                from dc join draft_version nv on nv.draft_id = dc.draft_id and nv.number = dc.version_number + 1
                where dc.outcome in ('ACCEPTED', 'PARTIALLY_ACCEPTED')
            )
            """;

    private static final String SAME_ARTICLE = "a1.number = a2.number"
            + " and a1.text_kk is not distinct from a2.text_kk and a1.text_ru is not distinct from a2.text_ru"
            + " and a1.text_en is not distinct from a2.text_en and a1.heading_kk is not distinct from a2.heading_kk"
            + " and a1.heading_ru is not distinct from a2.heading_ru and a1.heading_en is not distinct from a2.heading_en";

    private static final String NORMALISED = "lower(regexp_replace(btrim(body), '\\s+', ' ', 'g'))";

    /** The figures of a scope for comments written in [from, to). */
    public Metrics compute(MetricsScope scope, Instant from, Instant to) {
        MapSqlParameterSource p =
                new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
        String base = BASE.formatted(scopeFilter(scope, p), SAME_ARTICLE, SAME_ARTICLE);
        long[] totals = jdbc.queryForObject(base + """
                select (select count(*) from sc), (select count(*) from dc),
                       (select count(distinct %1$s) from sc), (select count(distinct %1$s) from dc),
                       (select count(*) from sc join draft_version nv on nv.draft_id = sc.draft_id
                            and nv.number = sc.version_number + 1),
                       (select count(*) from dc join draft_version nv on nv.draft_id = dc.draft_id
                            and nv.number = dc.version_number + 1 where dc.first_decided_at < nv.published_at),
                       (select count(*) from acc), (select count(*) from acc where reflected)
                """.formatted(NORMALISED), p, (rs, i) -> new long[] {
            rs.getLong(1),
            rs.getLong(2),
            rs.getLong(3),
            rs.getLong(4),
            rs.getLong(5),
            rs.getLong(6),
            rs.getLong(7),
            rs.getLong(8)
        });
        Double[] times = jdbc.queryForObject(
                base + """
                select percentile_cont(0.5) within group (order by extract(epoch from first_decided_at - created_at)),
                       percentile_cont(0.9) within group (order by extract(epoch from first_decided_at - created_at))
                from dc""", p, (rs, i) -> new Double[] {hours(rs.getObject(1)), hours(rs.getObject(2))});
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        jdbc.query(base + "select outcome, count(*) from dc group by outcome", p, rs -> {
            outcomes.put(Outcome.valueOf(rs.getString(1)), rs.getLong(2));
        });
        List<RedFlag> flags = jdbc.query(
                base + """
                select acc.id, acc.draft_id, a.number, left(acc.body, 200), acc.outcome from acc
                left join draft_article a on a.id = acc.article_id
                where not acc.reflected order by acc.draft_id, acc.id limit 200""",
                p,
                (rs, i) -> new RedFlag(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        Outcome.valueOf(rs.getString(5))));
        Map<String, Long> commentLanguages = new LinkedHashMap<>();
        jdbc.query(
                base + "select language, count(*) from sc group by language order by count(*) desc, language",
                p,
                rs -> {
                    commentLanguages.put(rs.getString(1), rs.getLong(2));
                });
        Map<String, Long> answerLanguages = new LinkedHashMap<>();
        jdbc.query(base + """
                select reason_language, count(distinct decision_id) from dc group by reason_language
                order by count(distinct decision_id) desc, reason_language""", p, rs -> {
            answerLanguages.put(rs.getString(1), rs.getLong(2));
        });
        List<WeekPoint> trend = jdbc.query(
                base + """
                select w.week, (select count(*) from sc where date_trunc('week', sc.created_at at time zone 'UTC') = w.week),
                       (select count(*) from dc where date_trunc('week', dc.first_decided_at at time zone 'UTC') = w.week)
                from (select date_trunc('week', created_at at time zone 'UTC') as week from sc
                      union select date_trunc('week', first_decided_at at time zone 'UTC') from dc) w
                order by w.week""",
                p,
                (rs, i) -> new WeekPoint(
                        rs.getTimestamp(1).toLocalDateTime().toLocalDate(), rs.getLong(2), rs.getLong(3)));
        List<Long> ids = jdbc.queryForList(base + "select distinct id from sc", p, Long.class);
        CampaignCounts.Counts campaigns = campaignCounts.count(scope, ids);
        return new Metrics(
                totals[0],
                totals[1],
                totals[2],
                totals[3],
                outcomes,
                times[0],
                times[1],
                totals[4],
                totals[5],
                totals[6],
                totals[7],
                flags,
                campaigns.campaigns(),
                campaigns.members(),
                commentLanguages,
                answerLanguages,
                trend);
    }

    private static Double hours(Object seconds) {
        return seconds == null ? null : ((Number) seconds).doubleValue() / 3600.0;
    }

    private static String scopeFilter(MetricsScope scope, MapSqlParameterSource p) {
        return switch (scope.kind()) {
            case ALL -> "";
            case COUNTRY -> {
                p.addValue("country", scope.country().name());
                yield "and d.country_code = :country";
            }
            case AGENCY -> {
                p.addValue("scopeId", scope.id());
                yield "and d.agency_id = :scopeId";
            }
            case DRAFT -> {
                p.addValue("scopeId", scope.id());
                yield "and d.id = :scopeId";
            }
        };
    }
}
