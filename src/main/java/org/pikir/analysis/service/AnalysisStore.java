package org.pikir.analysis.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pikir.analysis.AnalysableText;
import org.pikir.analysis.AnalysisRecords.Addition;
import org.pikir.analysis.AnalysisRecords.RunStatus;
import org.pikir.analysis.AnalysisRecords.StoredAssignment;
import org.pikir.analysis.AnalysisRecords.StoredCampaign;
import org.pikir.analysis.AnalysisRecords.StoredTopic;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.analysis.ItemRef;
import org.pikir.analysis.Scope;
import org.pikir.analysis.engine.Assignment;
import org.pikir.analysis.engine.Campaign;
import org.pikir.analysis.engine.ScopeAnalysis;
import org.pikir.analysis.engine.TextItem;
import org.pikir.analysis.engine.Topic;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Plain JDBC over the V400 tables: bulk writes of a re-clustered scope are simpler and faster than JPA. */
@Repository
public class AnalysisStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Rows fetched per round trip when streaming a scope (PostgreSQL uses a cursor inside a transaction). */
    static final int FETCH_SIZE = 5_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    public AnalysisStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /** Inserts or replaces an item together with its online assignment. */
    public void upsert(AnalysableText t, Assignment a, Instant now) {
        jdbc.update(
                """
                insert into analysis_item (item_kind, item_id, scope, body, created_at, lang, lang_confidence, mixed,
                                           campaign_key, topic_key, analysed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (item_kind, item_id) do update set scope = excluded.scope, body = excluded.body,
                    created_at = excluded.created_at, lang = excluded.lang, lang_confidence = excluded.lang_confidence,
                    mixed = excluded.mixed, campaign_key = excluded.campaign_key, topic_key = excluded.topic_key,
                    analysed_at = excluded.analysed_at
                """,
                t.item().kind(),
                t.item().id(),
                t.scope().key(),
                t.text(),
                ts(t.createdAt()),
                a.language().lang(),
                a.language().confidence(),
                a.language().mixed(),
                a.campaignId(),
                a.topicId(),
                ts(now));
    }

    /** Gives an item (engine key, see {@link ItemRef#key()}) a campaign found online. */
    public void setCampaign(String engineKey, String campaignKey) {
        ItemRef item = ItemRef.parse(engineKey).orElseThrow(() -> new IllegalArgumentException(engineKey));
        jdbc.update(
                "update analysis_item set campaign_key = ? where item_kind = ? and item_id = ?",
                campaignKey,
                item.kind(),
                item.id());
    }

    /** The stored item, if it is in the given scope with exactly this text (a re-delivered submission). */
    public boolean holds(AnalysableText t) {
        Integer n = jdbc.queryForObject(
                "select count(*) from analysis_item where item_kind = ? and item_id = ? and scope = ? and body = ?",
                Integer.class,
                t.item().kind(),
                t.item().id(),
                t.scope().key(),
                t.text());
        return n != null && n > 0;
    }

    /** The texts of a scope as engine items (id = {@link ItemRef#key()}), oldest first. */
    public List<TextItem> items(Scope scope) {
        return items(scope, n -> {});
    }

    /**
     * The texts of a scope as engine items (id = kind:id), oldest first, streamed: inside a transaction the
     * driver holds {@value #FETCH_SIZE} rows at a time instead of the whole result, and identical texts (form
     * letters) share one String. {@code loaded} receives the number of rows read so far, every 10,000.
     */
    public List<TextItem> items(Scope scope, java.util.function.IntConsumer loaded) {
        List<TextItem> out = new ArrayList<>();
        Map<String, String> canonical = new HashMap<>();
        streaming.query(
                "select item_kind, item_id, body, created_at, lang, lang_confidence, mixed from analysis_item "
                        + "where scope = ? order by created_at nulls first, item_kind, item_id",
                rs -> {
                    String body = canonical.computeIfAbsent(rs.getString(3), b -> b);
                    out.add(new TextItem(
                            new ItemRef(rs.getString(1), rs.getString(2)).key(),
                            body,
                            instant(rs, 4),
                            language(rs, 5)));
                    if (out.size() % 10_000 == 0) {
                        loaded.accept(out.size());
                    }
                },
                scope.key());
        return out;
    }

    /** Number of items in a scope. */
    public int count(Scope scope) {
        return jdbc.queryForObject("select count(*) from analysis_item where scope = ?", Integer.class, scope.key());
    }

    public List<Scope> scopes() {
        return jdbc.queryForList("select distinct scope from analysis_item order by scope", String.class).stream()
                .map(Scope::parse)
                .toList();
    }

    /** Replaces all results of a scope by a fresh batch analysis. */
    public void replace(Scope scope, ScopeAnalysis analysis, Instant now) {
        replace(scope, analysis, now, share -> {});
    }

    /**
     * Replaces all results of a scope by a fresh batch analysis; must run in a transaction. Assignments go to a
     * temporary table with COPY and reach {@code analysis_item} in one joined UPDATE that touches only rows
     * whose result changed ({@code analysed_at} is when an item's result last changed): a million rows in
     * seconds, where row-by-row batched updates take minutes, and a re-run with nothing new writes nothing.
     * {@code progress} receives the share written (0–1).
     */
    public void replace(Scope scope, ScopeAnalysis analysis, Instant now, java.util.function.DoubleConsumer progress) {
        String scopeKey = scope.key();
        jdbc.execute("""
                create temporary table analysis_batch (item_kind varchar(20), item_id varchar(64), lang varchar(3),
                    lang_confidence real, mixed boolean, campaign_key varchar(20), topic_key varchar(20)) on commit drop""");
        List<Assignment> assignments = analysis.assignments();
        jdbc.execute((ConnectionCallback<Long>) con -> {
            try {
                return con.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy analysis_batch from stdin", new AssignmentRows(assignments, progress));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        jdbc.execute("analyze analysis_batch");
        progress.accept(0.7);
        jdbc.update("""
                update analysis_item a set lang = t.lang, lang_confidence = t.lang_confidence, mixed = t.mixed,
                    campaign_key = t.campaign_key, topic_key = t.topic_key, analysed_at = ?
                from analysis_batch t
                where a.item_kind = t.item_kind and a.item_id = t.item_id and a.scope = ?
                  and (a.lang, a.lang_confidence, a.mixed, a.campaign_key, a.topic_key)
                      is distinct from (t.lang, t.lang_confidence, t.mixed, t.campaign_key, t.topic_key)""", ts(now), scopeKey);
        jdbc.execute("drop table analysis_batch");
        progress.accept(0.95);
        jdbc.update("delete from analysis_campaign where scope = ?", scopeKey);
        jdbc.update("delete from analysis_topic where scope = ?", scopeKey);
        java.util.Map<String, String> topicOfTemplate = new java.util.HashMap<>();
        analysis.campaigns().forEach(c -> topicOfTemplate.put(c.templateItemId(), null));
        for (Assignment a : assignments) {
            if (topicOfTemplate.containsKey(a.itemId())) {
                topicOfTemplate.put(a.itemId(), a.topicId());
            }
        }
        List<Object[]> campaigns = new ArrayList<>();
        for (Campaign c : analysis.campaigns()) {
            campaigns.add(new Object[] {
                scopeKey,
                c.id(),
                c.size(),
                c.variants(),
                c.template(),
                c.templateItemId(),
                topicOfTemplate.get(c.templateItemId()),
                ts(c.firstSeen()),
                ts(c.lastSeen()),
                JSON.writeValueAsString(c.additions())
            });
        }
        jdbc.batchUpdate("""
                insert into analysis_campaign (scope, campaign_key, size, variants, template, template_item, topic_key,
                                               first_seen, last_seen, additions)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", campaigns);
        List<Object[]> topics = new ArrayList<>();
        for (Topic t : analysis.topics()) {
            topics.add(new Object[] {scopeKey, t.id(), t.label(), t.size()});
        }
        jdbc.batchUpdate("insert into analysis_topic (scope, topic_key, label, size) values (?, ?, ?, ?)", topics);
        progress.accept(1.0);
    }

    public Optional<StoredAssignment> assignment(ItemRef item) {
        return jdbc.query("""
                select item_kind, item_id, scope, lang, lang_confidence, mixed, campaign_key, topic_key
                from analysis_item where item_kind = ? and item_id = ?""", (rs, i) -> assignment(rs), item.kind(), item.id()).stream()
                .findFirst();
    }

    public List<StoredAssignment> assignments(Scope scope) {
        return jdbc.query("""
                select item_kind, item_id, scope, lang, lang_confidence, mixed, campaign_key, topic_key
                from analysis_item where scope = ? order by item_kind, item_id""", (rs, i) -> assignment(rs), scope.key());
    }

    public List<StoredCampaign> campaigns(Scope scope) {
        return jdbc.query(
                """
                select scope, campaign_key, size, variants, template, topic_key, first_seen, last_seen, additions,
                       template_item
                from analysis_campaign where scope = ? order by size desc, campaign_key""",
                (rs, i) -> new StoredCampaign(
                        Scope.parse(rs.getString(1)),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        instant(rs, 7),
                        instant(rs, 8),
                        JSON.readValue(rs.getString(9), new TypeReference<List<Campaign.Addition>>() {}).stream()
                                .map(a -> new Addition(
                                        a.text(), ItemRef.parse(a.firstItemId()).orElse(null), a.count()))
                                .toList(),
                        ItemRef.parse(rs.getString(10)).orElse(null)),
                scope.key());
    }

    public List<StoredTopic> topics(Scope scope) {
        return jdbc.query(
                "select scope, topic_key, label, size from analysis_topic where scope = ? order by size desc, topic_key",
                (rs, i) ->
                        new StoredTopic(Scope.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4)),
                scope.key());
    }

    public long startRun(Scope scope, int items, Instant now) {
        return jdbc.queryForObject(
                "insert into analysis_run (scope, status, progress, items, started_at) "
                        + "values (?, 'RUNNING', 0, ?, ?) returning id",
                Long.class,
                scope.key(),
                items,
                ts(now));
    }

    /** Records how many items a run started without knowing the count covers. */
    public void runItems(long run, int items) {
        jdbc.update("update analysis_run set items = ? where id = ?", items, run);
    }

    public void progress(long run, int progress) {
        // never backwards: a run taken over by another node starts again at 0 and must not make the bar jump back
        jdbc.update("update analysis_run set progress = ? where id = ? and progress < ?", progress, run, progress);
    }

    public void finishRun(long run, String error, Instant now) {
        if (error == null) {
            jdbc.update(
                    "update analysis_run set status = 'DONE', progress = 100, finished_at = ? where id = ?",
                    ts(now),
                    run);
        } else {
            jdbc.update(
                    "update analysis_run set status = 'FAILED', finished_at = ?, error = ? where id = ?",
                    ts(now),
                    error,
                    run);
        }
    }

    public Optional<RunStatus> run(long id) {
        return runs("where id = ?", id).stream().findFirst();
    }

    public Optional<RunStatus> latestRun(Scope scope) {
        return runs("where scope = ? order by id desc limit 1", scope.key()).stream()
                .findFirst();
    }

    private List<RunStatus> runs(String where, Object arg) {
        return jdbc.query(
                "select id, scope, status, progress, items, started_at, finished_at, error from analysis_run " + where,
                (rs, i) -> new RunStatus(
                        rs.getLong(1),
                        Scope.parse(rs.getString(2)),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        instant(rs, 6),
                        instant(rs, 7),
                        rs.getString(8)),
                arg);
    }

    private static StoredAssignment assignment(ResultSet rs) throws SQLException {
        return new StoredAssignment(
                new ItemRef(rs.getString(1), rs.getString(2)),
                Scope.parse(rs.getString(3)),
                language(rs, 4),
                rs.getString(7),
                rs.getString(8));
    }

    /** The stored language (columns lang, lang_confidence, mixed from {@code col}). */
    static DetectedLanguage language(ResultSet rs, int col) throws SQLException {
        String code = rs.getString(col);
        if (code == null) {
            return null;
        }
        double confidence = Math.max(0.0, Math.min(1.0, rs.getDouble(col + 1)));
        return new DetectedLanguage(
                org.pikir.shared.LanguageCode.parse(code).orElse(org.pikir.shared.LanguageCode.UND),
                confidence,
                rs.getBoolean(col + 2));
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
