package org.pikir.consultation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Closes consultations whose window has ended, once a minute (the status then matches what citizens see). */
@Component
class ConsultationScheduler {

    private static final Logger log = LoggerFactory.getLogger(ConsultationScheduler.class);

    private final DraftLawService service;

    ConsultationScheduler(DraftLawService service) {
        this.service = service;
    }

    @Scheduled(fixedDelayString = "${pikir.consultation.close-check-ms:60000}", initialDelay = 30_000)
    @SchedulerLock(name = "consultation.closeExpired", lockAtLeastFor = "PT5S")
    void closeExpired() {
        int closed = service.closeExpired();
        if (closed > 0) {
            log.info("Closed {} consultation(s) whose window ended", closed);
        }
    }
}
