package org.pikir.shared.demo;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.pikir.shared.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads demo data at start-up: by default only with the embedded database ({@code pikir.demo=auto}); an
 * external database gets it only with {@code PIKIR_DEMO=true}.
 */
@Component
@Order(100)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataContributor> contributors;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationContext context;
    private final Clock clock;
    private final String mode;

    DemoDataLoader(
            List<DemoDataContributor> contributors,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            ApplicationContext context,
            Clock clock,
            @Value("${pikir.demo:auto}") String mode) {
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.tx = tx;
        this.context = context;
        this.clock = clock;
        this.mode = mode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        // Demo data is written through the services, which check roles: act as the system administrator.
        RunAs.run(
                RunAs.system("ADMIN", "OFFICIAL", "MODERATOR"),
                () -> contributors.stream()
                        .sorted(Comparator.comparingInt(DemoDataContributor::order))
                        .forEach(this::runOnce));
    }

    private void runOnce(DemoDataContributor contributor) {
        String marker = "demo:" + contributor.name();
        tx.executeWithoutResult(status -> {
            Integer done = jdbc.queryForObject("select count(*) from job_marker where name = ?", Integer.class, marker);
            if (done != null && done > 0) {
                return;
            }
            log.info("Loading demo data: {}", contributor.name());
            contributor.load();
            jdbc.update(
                    "insert into job_marker (name, done_at) values (?, ?)",
                    marker,
                    java.sql.Timestamp.from(clock.instant()));
        });
    }

    private boolean enabled() {
        return switch (mode.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default ->
                context.getBeanNamesForType(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class).length > 0;
        };
    }
}
