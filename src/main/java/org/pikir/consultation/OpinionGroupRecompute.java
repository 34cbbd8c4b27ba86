package org.pikir.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pikir.analysis.OpinionGroups;
import org.pikir.analysis.OpinionGroups.Result;
import org.pikir.analysis.OpinionGroups.Settings;
import org.pikir.analysis.OpinionGroups.Votes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the opinion groups of drafts up to date off the request thread: a vote marks its draft pending (a
 * durable event listener, so a vote acknowledged before a crash is still counted), and a cluster-wide scheduled
 * job (one node at a time, ShedLock) recomputes a pending draft once its votes have been quiet for the debounce
 * period, or after the longest wait when votes keep coming. Results go to {@code opinion_groups}.
 */
@Component
class OpinionGroupRecompute {

    private static final Logger log = LoggerFactory.getLogger(OpinionGroupRecompute.class);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Settings settings;
    private final Duration debounce;
    private final Duration maxWait;
    private final int articleMinVotes;

    OpinionGroupRecompute(
            JdbcTemplate jdbc,
            org.springframework.transaction.PlatformTransactionManager transactions,
            Clock clock,
            @Value("${pikir.opinion.min-votes-per-voter:3}") int minVotes,
            @Value("${pikir.opinion.debounce:PT5S}") Duration debounce,
            @Value("${pikir.opinion.max-wait:PT2M}") Duration maxWait,
            @Value("${pikir.opinion.article-min-votes:100}") int articleMinVotes) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.settings = new Settings(minVotes, OpinionGroupService.MIN_GROUP_SIZE, 5, 17L);
        this.debounce = debounce;
        this.maxWait = maxWait;
        this.articleMinVotes = articleMinVotes;
    }

    /** Idempotent: a redelivered event only moves the pending row's last vote time. */
    @ApplicationModuleListener
    void on(CommentVoted e) {
        markPending(e.draftId());
    }

    void markPending(long draftId) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                insert into opinion_groups_pending (draft_id, first_vote_at, last_vote_at) values (?, ?, ?)
                on conflict (draft_id) do update set last_vote_at = greatest(opinion_groups_pending.last_vote_at,
                    excluded.last_vote_at)
                """, draftId, now, now);
    }

    @Scheduled(fixedDelayString = "${pikir.opinion.check-ms:5000}", initialDelay = 10_000)
    @SchedulerLock(name = "consultation.opinionGroups", lockAtLeastFor = "PT1S", lockAtMostFor = "PT10M")
    void recomputePending() {
        Instant now = clock.instant();
        List<Map<String, Object>> due =
                jdbc.queryForList("""
                select draft_id, last_vote_at from opinion_groups_pending
                where last_vote_at <= ? or first_vote_at <= ? order by first_vote_at limit 50
                """, Timestamp.from(now.minus(debounce)), Timestamp.from(now.minus(maxWait)));
        for (Map<String, Object> row : due) {
            long draftId = ((Number) row.get("draft_id")).longValue();
            Timestamp seen = (Timestamp) row.get("last_vote_at");
            try {
                tx.executeWithoutResult(status -> {
                    recompute(draftId);
                    // A vote that arrived during the computation keeps the draft pending for the next round.
                    jdbc.update(
                            "delete from opinion_groups_pending where draft_id = ? and last_vote_at <= ?",
                            draftId,
                            seen);
                });
            } catch (RuntimeException ex) {
                log.warn("Opinion groups of draft {} not recomputed; will retry", draftId, ex);
            }
        }
    }

    /** Recomputes the draft's groups and those of each article with enough votes (in the caller's transaction). */
    void recompute(long draftId) {
        List<long[]> rows = jdbc.query(
                """
                select v.account_id, v.comment_id, case v.value when 'AGREE' then 1 when 'DISAGREE' then -1 else 0 end,
                       coalesce(c.article_id, 0)
                from comment_vote v join consultation_comment c on c.id = v.comment_id
                where c.draft_id = ? and c.hidden_at is null
                """, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}, draftId);
        Instant at = clock.instant();
        jdbc.update("delete from opinion_groups where draft_id = ?", draftId);
        store(draftId, 0, rows, at);
        Map<Long, List<long[]>> byArticle = new java.util.HashMap<>();
        for (long[] r : rows) {
            if (r[3] != 0) {
                byArticle.computeIfAbsent(r[3], a -> new ArrayList<>()).add(r);
            }
        }
        byArticle.forEach((articleId, articleRows) -> {
            if (articleRows.size() >= articleMinVotes) {
                store(draftId, articleId, articleRows, at);
            }
        });
    }

    private void store(long draftId, long articleId, List<long[]> rows, Instant at) {
        long[] voters = new long[rows.size()];
        long[] comments = new long[rows.size()];
        byte[] values = new byte[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            voters[i] = rows.get(i)[0];
            comments[i] = rows.get(i)[1];
            values[i] = (byte) rows.get(i)[2];
        }
        Result result = OpinionGroups.compute(new Votes(voters, comments, values), settings);
        jdbc.update(
                """
                insert into opinion_groups (draft_id, article_id, computed_at, participants, vote_count, result)
                values (?, ?, ?, ?, ?, cast(? as jsonb))
                """,
                draftId,
                articleId,
                Timestamp.from(at),
                result.participants(),
                rows.size(),
                JSON.writeValueAsString(result));
    }
}
