package org.pikir.analysis;

import java.time.Clock;
import javax.sql.DataSource;
import org.pikir.analysis.engine.AnalyzerRegistry;
import org.pikir.analysis.service.AnalysisEngineHolder;
import org.pikir.analysis.service.AnalysisStore;
import org.pikir.analysis.service.SharedStateStore;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analysis service wired by hand over a plain DataSource, as the application wires it, for benchmarks that
 * must not start the whole application (and its Vaadin, search and demo data).
 */
public final class ServiceHarness {

    private static volatile AnalysisEngineHolder lastEngine;

    private ServiceHarness() {}

    /** The language detector (with its models) of the service built last. */
    public static LanguageDetector detector() {
        return lastEngine;
    }

    /** An {@link AnalysisService} and its store over {@code dataSource}; background runs on their own thread. */
    public static AnalysisService service(DataSource dataSource, AnalyzerRegistry analyzers) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("recluster-");
        lastEngine = AnalysisEngineHolder.loading(analyzers);
        return new AnalysisService(
                lastEngine,
                new AnalysisStore(jdbc),
                new SharedStateStore(jdbc),
                tx,
                executor,
                e -> {},
                Clock.systemUTC());
    }
}
