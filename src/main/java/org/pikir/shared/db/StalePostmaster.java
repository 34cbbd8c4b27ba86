package org.pikir.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the portal is killed hard, its embedded postgres child keeps running and holds the data directory;
 * the next start would fail on {@code postmaster.pid}. Stop such an orphan (or drop a stale pid file) first.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {}

    static void stopIfOrphaned(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.isEmpty() ? "" : lines.getFirst().strip());
        } catch (NumberFormatException e) {
            Files.deleteIfExists(pidFile);
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent() && process.get().info().command().orElse("").contains("postgres")) {
            log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
            process.get().destroy(); // SIGTERM: postgres "smart" shutdown
            waitForExit(process.get());
        } else {
            Files.deleteIfExists(pidFile);
        }
    }

    private static void waitForExit(ProcessHandle process) {
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
