package org.pikir.petition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signature rows and their tally. Every change of a row changes its tally shard in the same transaction, so
 * {@link #count} (the sum of the shards) equals {@code count(*)} of the rows in every committed snapshot.
 * Shards (account id mod {@value #SHARDS}) keep concurrent signers of one petition from queuing on one row.
 * Callers must run inside a transaction.
 */
@Component
class SignatureLedger {

    static final int SHARDS = 16;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    SignatureLedger(JdbcTemplate jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** What one signing attempt found and did. {@code status} is null when the petition does not exist. */
    record Attempt(PetitionStatus status, Instant closesAt, int threshold, boolean added, long count) {}

    /**
     * Adds the signature if the petition collects at {@code at} and this account has not signed (the primary
     * key decides), counts it in its shard, and returns the count including it, all in one round trip: the
     * sign path is the hot path of a signature rush.
     */
    Attempt sign(long petitionId, long accountId, Instant at) {
        Timestamp now = Timestamp.from(at);
        List<Attempt> rows = jdbc.query(
                """
                with p as (select status, closes_at, threshold from petition where id = ?),
                ins as (insert into petition_signature (petition_id, account_id, signed_at)
                        select ?, ?, ? from p
                        where p.status in ('COLLECTING', 'THRESHOLD_REACHED') and p.closes_at > ?
                        on conflict do nothing
                        returning account_id),
                tally as (insert into petition_signature_tally (petition_id, shard, signatures)
                          select ?, ?, 1 from ins
                          on conflict (petition_id, shard)
                          do update set signatures = petition_signature_tally.signatures + 1
                          returning 1)
                select p.status, p.closes_at, p.threshold, (select count(*) from ins),
                       (select coalesce(sum(signatures), 0) from petition_signature_tally where petition_id = ?)
                         + (select count(*) from ins)
                from p""",
                (rs, i) -> new Attempt(
                        PetitionStatus.valueOf(rs.getString(1)),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(),
                        rs.getInt(3),
                        rs.getLong(4) > 0,
                        rs.getLong(5)),
                petitionId,
                petitionId,
                accountId,
                now,
                now,
                petitionId,
                shard(accountId),
                petitionId);
        return rows.isEmpty() ? new Attempt(null, null, 0, false, 0) : rows.getFirst();
    }

    /** Removes the signature; false when there was none. */
    boolean remove(long petitionId, long accountId) {
        int deleted = jdbc.update(
                "delete from petition_signature where petition_id = ? and account_id = ?", petitionId, accountId);
        if (deleted == 0) {
            return false;
        }
        jdbc.update(
                "update petition_signature_tally set signatures = signatures - 1 where petition_id = ? and shard = ?",
                petitionId,
                shard(accountId));
        return true;
    }

    /** The number of signatures (sum of the tally shards). */
    long count(long petitionId) {
        Long sum = jdbc.queryForObject(
                "select coalesce(sum(signatures), 0) from petition_signature_tally where petition_id = ?",
                Long.class,
                petitionId);
        return sum == null ? 0 : sum;
    }

    /** Signature counts of several petitions at once. */
    Map<Long, Long> counts(Collection<Long> petitionIds) {
        Map<Long, Long> result = new HashMap<>();
        if (petitionIds.isEmpty()) {
            return result;
        }
        named.query("""
                select petition_id, sum(signatures) from petition_signature_tally
                where petition_id in (:ids) group by petition_id""", new MapSqlParameterSource("ids", petitionIds), rs -> {
            result.put(rs.getLong(1), rs.getLong(2));
        });
        return result;
    }

    /** The signature rows counted directly; for checks and tests, not for pages. */
    long countRows(long petitionId) {
        Long rows = jdbc.queryForObject(
                "select count(*) from petition_signature where petition_id = ?", Long.class, petitionId);
        return rows == null ? 0 : rows;
    }

    boolean hasSigned(long petitionId, long accountId) {
        Boolean exists = jdbc.queryForObject(
                "select exists (select 1 from petition_signature where petition_id = ? and account_id = ?)",
                Boolean.class,
                petitionId,
                accountId);
        return Boolean.TRUE.equals(exists);
    }

    /** Accounts that signed, to notify them. */
    List<Long> signers(long petitionId) {
        return jdbc.queryForList(
                "select account_id from petition_signature where petition_id = ?", Long.class, petitionId);
    }

    private static int shard(long accountId) {
        return (int) Math.floorMod(accountId, (long) SHARDS);
    }
}
