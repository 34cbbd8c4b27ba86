package org.pikir.petition;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes petitions whose collection period has ended below the threshold, and catches any threshold that a
 * crash between commit and re-check could have missed. Runs every few minutes; idempotent, so several app
 * nodes may run it at once (the row lock and the lifecycle decide).
 */
@Component
class PetitionExpiry {

    private static final Logger log = LoggerFactory.getLogger(PetitionExpiry.class);

    private final PetitionRepository petitions;
    private final ThresholdWatch thresholds;
    private final SignatureLedger ledger;
    private final PetitionNotifications notifications;
    private final Clock clock;

    PetitionExpiry(
            PetitionRepository petitions,
            ThresholdWatch thresholds,
            SignatureLedger ledger,
            PetitionNotifications notifications,
            Clock clock) {
        this.petitions = petitions;
        this.thresholds = thresholds;
        this.ledger = ledger;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${pikir.petition.expiry-interval:PT5M}")
    @SchedulerLock(name = "petition.expiry", lockAtLeastFor = "PT5S")
    void scheduled() {
        int closed = closeDue();
        if (closed > 0) {
            log.info("Closed {} petitions whose collection period ended", closed);
        }
    }

    /** Sweeps thresholds, then expires collecting petitions whose period has ended; returns how many expired. */
    @Transactional
    public int closeDue() {
        for (long id : petitions.collectingIds()) {
            thresholds.reachIfDue(id);
        }
        Instant now = clock.instant();
        List<Long> ended = petitions.collectingEndedBy(now);
        int expired = 0;
        for (long id : ended) {
            Petition petition = petitions.findByIdForUpdate(id).orElseThrow();
            if (petition.getStatus() == PetitionStatus.COLLECTING) {
                petition.expire(now);
                notifications.expired(petition, ledger.count(id));
                expired++;
            }
        }
        return expired;
    }
}
