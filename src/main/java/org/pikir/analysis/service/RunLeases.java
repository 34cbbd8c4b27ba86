package org.pikir.analysis.service;

import org.pikir.analysis.AnalysisService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps re-clustering runs alive across nodes: every node renews the leases of the runs it executes, and takes over
 * runs whose node stopped renewing (it died). Both run on every node, on purpose: renewal is per node by nature, and a
 * take-over claims each run for exactly one node in the database (no scheduler lock is needed or wanted: a node must
 * never be kept from renewing its own leases). This replaces marking "interrupted" runs as failed on start, which
 * with several nodes failed the runs of the others.
 */
@Component
class RunLeases {

    private final AnalysisService analysis;

    RunLeases(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @Scheduled(fixedDelayString = "${pikir.analysis.lease-renewal:PT15S}")
    void renew() {
        analysis.renewLeases();
    }

    @Scheduled(
            fixedDelayString = "${pikir.analysis.lease-takeover:PT30S}",
            initialDelayString = "${pikir.analysis.lease-takeover-delay:PT20S}")
    void takeOver() {
        analysis.takeOverExpiredRuns();
    }
}
