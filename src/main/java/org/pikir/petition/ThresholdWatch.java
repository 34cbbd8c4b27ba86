package org.pikir.petition;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves a collecting petition to THRESHOLD_REACHED exactly once and notifies the addressee. The signing
 * transaction sees committed signatures plus its own, so two signers finishing together can both see one
 * short of the threshold; therefore near the threshold the check runs again after commit, on a separate
 * thread and connection (the committing thread still holds its connection, and waiting for a second one under
 * a full pool would starve), and the expiry job sweeps as a last resort. The status change is a conditional update, so
 * only one of several racing checks wins and notifies.
 */
@Component
class ThresholdWatch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ThresholdWatch.class);

    /** Concurrent signing transactions cannot exceed the connection pool; this margin covers them. */
    static final int RECHECK_MARGIN = 256;

    record OpenState(PetitionStatus status, Instant closesAt, int threshold) {
        boolean openAt(Instant now) {
            return status.isCollecting() && closesAt != null && now.isBefore(closesAt);
        }
    }

    private final JdbcTemplate jdbc;
    private final SignatureLedger ledger;
    private final PetitionRepository petitions;
    private final PetitionRulesSource rules;
    private final PetitionNotifications notifications;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final ExecutorService rechecks = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("petition-threshold-recheck").daemon().factory());
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();

    ThresholdWatch(
            JdbcTemplate jdbc,
            SignatureLedger ledger,
            PetitionRepository petitions,
            PetitionRulesSource rules,
            PetitionNotifications notifications,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.petitions = petitions;
        this.rules = rules;
        this.notifications = notifications;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Status, end of collection and threshold, read without loading the whole petition. */
    Optional<OpenState> state(long id) {
        return jdbc
                .query(
                        "select status, closes_at, threshold from petition where id = ?",
                        (rs, i) -> new OpenState(
                                PetitionStatus.valueOf(rs.getString(1)),
                                rs.getTimestamp(2) == null
                                        ? null
                                        : rs.getTimestamp(2).toInstant(),
                                rs.getInt(3)),
                        id)
                .stream()
                .findFirst();
    }

    /** Called in the signing transaction with the count it sees. */
    void afterSignature(long id, OpenState state, long count) {
        if (state.status() != PetitionStatus.COLLECTING) {
            return;
        }
        if (count >= state.threshold()) {
            reachIfDue(id);
        } else if (count >= state.threshold() - RECHECK_MARGIN
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduleRecheck(id);
                }
            });
        }
    }

    // Coalesces: many commits near the threshold schedule one recheck per petition at a time.
    private void scheduleRecheck(long id) {
        if (pending.add(id)) {
            rechecks.execute(() -> {
                pending.remove(id);
                try {
                    newTransaction.executeWithoutResult(s -> reachIfDue(id));
                } catch (RuntimeException e) {
                    log.warn("Threshold recheck of petition {} failed; the expiry job will retry", id, e);
                }
            });
        }
    }

    @Override
    public void destroy() {
        rechecks.shutdownNow();
    }

    /** Changes the status if the committed count has reached the threshold; true when this call changed it. */
    boolean reachIfDue(long id) {
        Optional<OpenState> state = state(id);
        if (state.isEmpty() || state.get().status() != PetitionStatus.COLLECTING) {
            return false;
        }
        long count = ledger.count(id);
        if (count < state.get().threshold()) {
            return false;
        }
        // Locks the row; a racing checker waits here and then sees the new status.
        Petition petition = petitions.findByIdForUpdate(id).orElseThrow();
        if (petition.getStatus() != PetitionStatus.COLLECTING) {
            return false;
        }
        Instant now = clock.instant();
        petition.reachThreshold(now, rules.responseDue(petition.getCountry(), now));
        notifications.thresholdReached(petition, count);
        return true;
    }
}
