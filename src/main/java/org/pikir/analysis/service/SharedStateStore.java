package org.pikir.analysis.service;

import static org.pikir.analysis.service.AnalysisStore.instant;
import static org.pikir.analysis.service.AnalysisStore.language;
import static org.pikir.analysis.service.AnalysisStore.ts;

import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.pikir.analysis.AnalysableText;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.analysis.ItemRef;
import org.pikir.analysis.Scope;
import org.pikir.analysis.engine.Assignment;
import org.pikir.analysis.engine.TextItem;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The analysis state every node shares (V730): per scope a locked row, the LSH band index of online assignment, the
 * topic model, item revisions, and the leases of re-clustering runs. Nothing here is cached by a node except the
 * topic model, which is immutable per run and re-read when the scope's row names another run.
 */
@Repository
public class SharedStateStore {

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    public SharedStateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(AnalysisStore.FETCH_SIZE);
    }

    // --- Items --------------------------------------------------------------------------------------------------

    /** A stored item as a write sees it: its row number, and whether the write inserted it. */
    public record Written(long seq, boolean inserted) {}

    /**
     * Inserts or replaces an item with its online assignment and (when it represents an LSH band key) its shingles;
     * every write gives the row a new revision.
     */
    public Written upsert(AnalysableText t, Assignment a, Instant now, int[] shingles) {
        return jdbc.query(
                con -> {
                    var ps = con.prepareStatement("""
                            insert into analysis_item (item_kind, item_id, scope, body, created_at, lang, lang_confidence,
                                                       mixed, campaign_key, topic_key, analysed_at, shingles)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (item_kind, item_id) do update set scope = excluded.scope, body = excluded.body,
                                created_at = excluded.created_at, lang = excluded.lang,
                                lang_confidence = excluded.lang_confidence, mixed = excluded.mixed,
                                campaign_key = excluded.campaign_key, topic_key = excluded.topic_key,
                                analysed_at = excluded.analysed_at, shingles = excluded.shingles,
                                revision = nextval('analysis_item_revision')
                            returning seq, (xmax = 0)""");
                    ps.setString(1, t.item().kind());
                    ps.setString(2, t.item().id());
                    ps.setString(3, t.scope().key());
                    ps.setString(4, t.text());
                    ps.setTimestamp(5, ts(t.createdAt()));
                    ps.setString(6, a.language().lang());
                    ps.setDouble(7, a.language().confidence());
                    ps.setBoolean(8, a.language().mixed());
                    ps.setString(9, a.campaignId());
                    ps.setString(10, a.topicId());
                    ps.setTimestamp(11, ts(now));
                    ps.setArray(12, shingles == null ? null : con.createArrayOf("integer", boxed(shingles)));
                    return ps;
                },
                rs -> {
                    rs.next();
                    return new Written(rs.getLong(1), rs.getBoolean(2));
                });
    }

    /** The stored scope, text and row number of an item. */
    public record StoredItem(Scope scope, String body, long seq) {}

    public Optional<StoredItem> stored(ItemRef item) {
        return jdbc
                .query(
                        "select scope, body, seq from analysis_item where item_kind = ? and item_id = ?",
                        (rs, i) -> new StoredItem(Scope.parse(rs.getString(1)), rs.getString(2), rs.getLong(3)),
                        item.kind(),
                        item.id())
                .stream()
                .findFirst();
    }

    /** Sets an item's campaign and topic (a re-assignment after a batch run; the caller holds the scope lock). */
    public void setAssignment(long seq, String campaign, String topic, Instant now) {
        jdbc.update(
                "update analysis_item set campaign_key = ?, topic_key = ?, analysed_at = ? where seq = ? "
                        + "and (campaign_key, topic_key) is distinct from (?, ?)",
                campaign,
                topic,
                ts(now),
                seq,
                campaign,
                topic);
    }

    // --- Scope rows ---------------------------------------------------------------------------------------------

    /** A scope's shared state: see {@code analysis_scope}. */
    public record ScopeState(int items, int fittedItems, int provisional, Long modelRun, boolean bandsComplete) {

        public ScopeState withProvisional(int p) {
            return new ScopeState(items, fittedItems, p, modelRun, bandsComplete);
        }
    }

    /**
     * Locks the scope's row until the caller's transaction ends (creating it first: a scope with no items yet has a
     * complete, empty band index), so assignment in one scope is serialised across every node.
     */
    public ScopeState lockScope(Scope scope) {
        List<ScopeState> row = jdbc.query(
                "select items, fitted_items, provisional, model_run, bands_complete from analysis_scope "
                        + "where scope = ? for update",
                (rs, i) -> new ScopeState(
                        rs.getInt(1), rs.getInt(2), rs.getInt(3), (Long) rs.getObject(4), rs.getBoolean(5)),
                scope.key());
        if (!row.isEmpty()) {
            return row.get(0);
        }
        // First use of the scope: counting its items happens once, not on every submission (a 100,000-item count
        // per comment was most of the online time).
        jdbc.update("""
                insert into analysis_scope (scope, items, bands_complete)
                select ?, count(*), count(*) = 0 from analysis_item where scope = ?
                on conflict (scope) do nothing""", scope.key(), scope.key());
        return lockScope(scope);
    }

    /** A scope's state without locking it, if it has a row. */
    public Optional<ScopeState> scopeState(Scope scope) {
        return jdbc
                .query(
                        "select items, fitted_items, provisional, model_run, bands_complete from analysis_scope "
                                + "where scope = ?",
                        (rs, i) -> new ScopeState(
                                rs.getInt(1), rs.getInt(2), rs.getInt(3), (Long) rs.getObject(4), rs.getBoolean(5)),
                        scope.key())
                .stream()
                .findFirst();
    }

    /** Writes a scope's state (the caller holds its lock). */
    public void saveScope(Scope scope, ScopeState s) {
        jdbc.update(
                "update analysis_scope set items = ?, fitted_items = ?, provisional = ?, model_run = ?, "
                        + "bands_complete = ? where scope = ?",
                s.items(),
                s.fittedItems(),
                s.provisional(),
                s.modelRun(),
                s.bandsComplete(),
                scope.key());
    }

    // --- LSH bands ----------------------------------------------------------------------------------------------

    /**
     * The database key of an LSH band key of a scope: a 64-bit mix of the scope, the band and the key, distinct for
     * every (band, key) of one scope (the final mix is a bijection); a collision across scopes only hides a
     * candidate, since look-ups check the scope.
     */
    public static long bandKey(Scope scope, int band, int key) {
        long h = 0xcbf29ce484222325L;
        String k = scope.key();
        for (int i = 0; i < k.length(); i++) {
            h = (h ^ k.charAt(i)) * 0x100000001b3L;
        }
        long x = h * 0x9E3779B97F4A7C15L + (((long) band << 32) | (key & 0xffffffffL));
        x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
        x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    /** A representative found under a band key: the row, its engine key, shingles and assignment. */
    public record BandEntry(long bandKey, long seq, String itemKey, int[] shingles, String campaign, String topic) {}

    /** The first items stored under these band keys, in this scope. */
    public List<BandEntry> representatives(Scope scope, long[] bandKeys) {
        return jdbc.query(
                con -> {
                    var ps = con.prepareStatement("""
                            select b.band_key, a.seq, a.item_kind, a.item_id, a.shingles, a.campaign_key, a.topic_key
                            from analysis_band b join analysis_item a on a.seq = b.item_seq
                            where b.band_key = any(?) and a.scope = ?""");
                    ps.setArray(1, con.createArrayOf("bigint", boxed(bandKeys)));
                    ps.setString(2, scope.key());
                    return ps;
                },
                (rs, i) -> new BandEntry(
                        rs.getLong(1),
                        rs.getLong(2),
                        new ItemRef(rs.getString(3), rs.getString(4)).key(),
                        ints(rs.getArray(5)),
                        rs.getString(6),
                        rs.getString(7)));
    }

    /** Makes the row the first item under each of these band keys that has none yet. */
    public void insertBands(long[] bandKeys, long seq) {
        if (bandKeys.length == 0) {
            return;
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into analysis_band (band_key, item_seq) "
                    + "select k, ? from unnest(?) k on conflict (band_key) do nothing");
            ps.setLong(1, seq);
            ps.setArray(2, con.createArrayOf("bigint", boxed(bandKeys)));
            return ps;
        });
    }

    /** Removes the row from under these band keys (its text changed, or it left the scope). */
    public void deleteBands(long[] bandKeys, long seq) {
        if (bandKeys.length == 0) {
            return;
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("delete from analysis_band where band_key = any(?) and item_seq = ?");
            ps.setArray(1, con.createArrayOf("bigint", boxed(bandKeys)));
            ps.setLong(2, seq);
            return ps;
        });
    }

    /**
     * Writes a batch run's representatives at once (a scope analysed before its index lived in the database): band
     * keys with their rows, and the shingles of those rows, with COPY; keys already present are kept.
     */
    public void writeBands(long[] bandKeys, long[] seqs, long[] shingleSeqs, int[][] shingles) {
        jdbc.execute("create temporary table analysis_band_batch (band_key bigint, item_seq bigint) on commit drop");
        jdbc.execute("create temporary table analysis_shingles_batch (seq bigint, shingles integer[]) on commit drop");
        copy("copy analysis_band_batch from stdin", out -> {
            for (int i = 0; i < bandKeys.length; i++) {
                out.append(Long.toString(bandKeys[i]))
                        .append('\t')
                        .append(Long.toString(seqs[i]))
                        .append('\n');
            }
        });
        copy("copy analysis_shingles_batch from stdin", out -> {
            for (int i = 0; i < shingleSeqs.length; i++) {
                out.append(Long.toString(shingleSeqs[i])).append("\t{");
                int[] sh = shingles[i];
                for (int j = 0; j < sh.length; j++) {
                    if (j > 0) {
                        out.append(',');
                    }
                    out.append(Integer.toString(sh[j]));
                }
                out.append("}\n");
            }
        });
        jdbc.update("insert into analysis_band (band_key, item_seq) select band_key, item_seq from analysis_band_batch "
                + "on conflict (band_key) do nothing");
        jdbc.update(
                "update analysis_item a set shingles = t.shingles from analysis_shingles_batch t where a.seq = t.seq");
        jdbc.execute("drop table analysis_band_batch");
        jdbc.execute("drop table analysis_shingles_batch");
    }

    // --- Topic models -------------------------------------------------------------------------------------------

    /** Stores a scope's fitted topic model (as the engine writes it). */
    public void saveTopicModel(Scope scope, long run, byte[] model) {
        jdbc.update(
                "insert into analysis_topic_model (scope, run_id, model) values (?, ?, ?) "
                        + "on conflict (scope) do update set run_id = excluded.run_id, model = excluded.model",
                scope.key(),
                run,
                model);
    }

    /** A scope's stored topic model, if the given run wrote it. */
    public Optional<byte[]> topicModel(Scope scope, long run) {
        return jdbc
                .query(
                        "select model from analysis_topic_model where scope = ? and run_id = ?",
                        (rs, i) -> rs.getBytes(1),
                        scope.key(),
                        run)
                .stream()
                .findFirst();
    }

    // --- Snapshots for re-clustering ----------------------------------------------------------------------------

    /** What a re-clustering run analyses: the items, oldest first, with their rows and revisions (same order). */
    public record Snapshot(List<TextItem> items, long[] seqs, long[] revisions) {}

    /**
     * The texts of a scope as engine items, oldest first, streamed (see {@link AnalysisStore#items(Scope,
     * IntConsumer)}), with each item's row number and revision.
     */
    public Snapshot snapshot(Scope scope, IntConsumer loaded) {
        List<TextItem> out = new ArrayList<>();
        LongArrayList seqs = new LongArrayList();
        LongArrayList revisions = new LongArrayList();
        Map<String, String> canonical = new HashMap<>();
        streaming.query(
                "select item_kind, item_id, body, created_at, lang, lang_confidence, mixed, seq, revision "
                        + "from analysis_item where scope = ? order by created_at nulls first, item_kind, item_id",
                rs -> {
                    String body = canonical.computeIfAbsent(rs.getString(3), b -> b);
                    out.add(new TextItem(
                            new ItemRef(rs.getString(1), rs.getString(2)).key(),
                            body,
                            instant(rs, 4),
                            language(rs, 5)));
                    seqs.add(rs.getLong(8));
                    revisions.add(rs.getLong(9));
                    if (out.size() % 10_000 == 0) {
                        loaded.accept(out.size());
                    }
                },
                scope.key());
        return new Snapshot(out, seqs.toLongArray(), revisions.toLongArray());
    }

    /** The revisions of a scope's items now. */
    public long[] revisions(Scope scope) {
        LongArrayList out = new LongArrayList();
        streaming.query(
                "select revision from analysis_item where scope = ?",
                rs -> {
                    out.add(rs.getLong(1));
                },
                scope.key());
        return out.toLongArray();
    }

    /** An item with its row number (one that arrived or changed while a run was analysing). */
    public record LateItem(TextItem item, long seq) {}

    /** The scope's items with these revisions, oldest first. */
    public List<LateItem> itemsWithRevisions(Scope scope, long[] revisions) {
        return jdbc.query(
                con -> {
                    var ps = con.prepareStatement(
                            "select item_kind, item_id, body, created_at, lang, lang_confidence, mixed, seq "
                                    + "from analysis_item where scope = ? and revision = any(?) "
                                    + "order by created_at nulls first, item_kind, item_id");
                    ps.setString(1, scope.key());
                    ps.setArray(2, con.createArrayOf("bigint", boxed(revisions)));
                    return ps;
                },
                (rs, i) -> {
                    ItemRef ref = new ItemRef(rs.getString(1), rs.getString(2));
                    DetectedLanguage lang = language(rs, 5);
                    return new LateItem(new TextItem(ref.key(), rs.getString(3), instant(rs, 4), lang), rs.getLong(8));
                });
    }

    // --- Run leases ---------------------------------------------------------------------------------------------

    /**
     * Starts a run leased to {@code owner} for {@code leaseSeconds} of database time, unless one is already running
     * in the scope (at most one is: a partial unique index); empty then.
     */
    public Optional<Long> startRun(Scope scope, int items, Instant now, String owner, int leaseSeconds) {
        return jdbc.query("""
                        insert into analysis_run (scope, status, progress, items, started_at, lease_owner, lease_until)
                        values (?, 'RUNNING', 0, ?, ?, ?, now() + make_interval(secs => ?))
                        on conflict (scope) where status = 'RUNNING' do nothing
                        returning id""", (rs, i) -> rs.getLong(1), scope.key(), items, ts(now), owner, leaseSeconds).stream()
                .findFirst();
    }

    /** The run now RUNNING in a scope, if any. */
    public Optional<Long> runningRun(Scope scope) {
        return jdbc
                .query(
                        "select id from analysis_run where scope = ? and status = 'RUNNING'",
                        (rs, i) -> rs.getLong(1),
                        scope.key())
                .stream()
                .findFirst();
    }

    /** Extends the leases of these runs while {@code owner} holds them; returns the ids it still holds. */
    public List<Long> renewLeases(String owner, List<Long> runs, int leaseSeconds) {
        if (runs.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                con -> {
                    var ps = con.prepareStatement("""
                            update analysis_run set lease_until = now() + make_interval(secs => ?)
                            where id = any(?) and lease_owner = ? and status = 'RUNNING' returning id""");
                    ps.setInt(1, leaseSeconds);
                    ps.setArray(2, con.createArrayOf("bigint", runs.toArray()));
                    ps.setString(3, owner);
                    return ps;
                },
                (rs, i) -> rs.getLong(1));
    }

    /** A run taken over from a node that stopped renewing its lease. */
    public record ClaimedRun(long id, Scope scope, int attempts) {}

    /**
     * Takes over one RUNNING run whose lease has expired (its node died), if any; of several nodes trying at the
     * same moment exactly one gets it ({@code for update skip locked}).
     */
    public Optional<ClaimedRun> claimExpiredRun(String owner, int leaseSeconds) {
        return jdbc
                .query(
                        """
                        update analysis_run r set lease_owner = ?, lease_until = now() + make_interval(secs => ?),
                            attempts = r.attempts + 1
                        where r.id = (select id from analysis_run
                                      where status = 'RUNNING' and (lease_until is null or lease_until < now())
                                      order by id limit 1 for update skip locked)
                        returning r.id, r.scope, r.attempts""",
                        (rs, i) -> new ClaimedRun(rs.getLong(1), Scope.parse(rs.getString(2)), rs.getInt(3)),
                        owner,
                        leaseSeconds)
                .stream()
                .findFirst();
    }

    /** True when {@code owner} holds the RUNNING run's lease (no lock: progress is written to that row meanwhile). */
    public boolean holdsRun(long run, String owner) {
        List<String> owners = jdbc.query(
                "select coalesce(lease_owner, '') from analysis_run where id = ? and status = 'RUNNING'",
                (rs, i) -> rs.getString(1),
                run);
        return !owners.isEmpty() && owners.get(0).equals(owner);
    }

    /**
     * Marks the run DONE if {@code owner} still holds it; false otherwise (another node took it over). The last write
     * of a run's result transaction: once it has updated the row, a take-over waits for that transaction.
     */
    public boolean finishOwnedRun(long run, String owner, Instant now) {
        return jdbc.update(
                        "update analysis_run set status = 'DONE', progress = 100, finished_at = ? "
                                + "where id = ? and status = 'RUNNING' and lease_owner = ?",
                        ts(now),
                        run,
                        owner)
                == 1;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private interface Rows {
        void write(Appendable out) throws IOException;
    }

    private void copy(String sql, Rows rows) {
        jdbc.execute((ConnectionCallback<Long>) con -> {
            try {
                var copyIn = con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
                Writer out = new Writer() {
                    private final StringBuilder buf = new StringBuilder(1 << 16);

                    @Override
                    public void write(char[] c, int off, int len) throws IOException {
                        buf.append(c, off, len);
                        if (buf.length() >= 1 << 16) {
                            flush();
                        }
                    }

                    @Override
                    public Writer append(CharSequence c) throws IOException {
                        buf.append(c);
                        if (buf.length() >= 1 << 16) {
                            flush();
                        }
                        return this;
                    }

                    @Override
                    public Writer append(char c) throws IOException {
                        buf.append(c);
                        return this;
                    }

                    @Override
                    public void flush() throws IOException {
                        byte[] b = buf.toString().getBytes(StandardCharsets.UTF_8);
                        try {
                            copyIn.writeToCopy(b, 0, b.length);
                        } catch (SQLException e) {
                            throw new IOException(e);
                        }
                        buf.setLength(0);
                    }

                    @Override
                    public void close() {}
                };
                try {
                    rows.write(out);
                    out.flush();
                    return copyIn.endCopy();
                } catch (IOException | RuntimeException e) {
                    if (copyIn.isActive()) {
                        copyIn.cancelCopy();
                    }
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Integer[] boxed(int[] a) {
        Integer[] out = new Integer[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    private static Long[] boxed(long[] a) {
        Long[] out = new Long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    private static int[] ints(java.sql.Array a) throws SQLException {
        if (a == null) {
            return null;
        }
        Object[] values = (Object[]) a.getArray();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).intValue();
        }
        return out;
    }
}
