package org.pikir.analysis.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pikir.shared.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class InterruptedRunsIntegrationTest {

    @Autowired
    InterruptedRuns interruptedRuns;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void runsLeftRunningByAnEarlierProcessAreMarkedFailedOnStart() {
        String scope = "test-interrupted:" + System.nanoTime();
        long stale = insertRun(scope, Timestamp.from(clock.instant().minus(Duration.ofDays(400))));
        long done = jdbc.queryForObject(
                "insert into analysis_run (scope, status, progress, items, started_at, finished_at) "
                        + "values (?, 'DONE', 100, 3, ?, ?) returning id",
                Long.class,
                scope,
                Timestamp.from(clock.instant().minus(Duration.ofDays(400))),
                Timestamp.from(clock.instant().minus(Duration.ofDays(399))));
        long current = insertRun(scope, Timestamp.from(clock.instant().plus(Duration.ofDays(1))));

        interruptedRuns.failRunsOfEarlierProcesses();

        assertThat(status(stale)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select error from analysis_run where id = ?", String.class, stale))
                .isEqualTo("interrupted by a restart");
        assertThat(status(done)).isEqualTo("DONE");
        assertThat(status(current)).isEqualTo("RUNNING");
    }

    private long insertRun(String scope, Timestamp startedAt) {
        return jdbc.queryForObject(
                "insert into analysis_run (scope, status, progress, items, started_at) "
                        + "values (?, 'RUNNING', 40, 3, ?) returning id",
                Long.class,
                scope,
                startedAt);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from analysis_run where id = ?", String.class, id);
    }
}
