package org.pikir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pikir.PikirApplication;
import org.pikir.analysis.AnalysisService;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.TestUsers;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Acknowledged means durable, across a restart: a comment is committed, both of its follow-up listeners
 * (analysis and search) fail once, the process stops; after a restart on the same PostgreSQL data directory the
 * outstanding publications are delivered again and the comment is analysed and indexed exactly once.
 */
class DurableEventsRestartTest {

    private static final String[] PROPERTIES = {
        "spring.datasource.url=",
        "pikir.embedded-db.ephemeral=false",
        "pikir.embedded-db.pool-size=10",
        "pikir.demo=false",
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
        "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync",
        "pikir.search.rebuild-on-start=false",
        // Only the restart may resubmit here, not the periodic job.
        "pikir.events.resubmit-interval=PT1H",
        "server.port=0",
        "spring.main.banner-mode=off",
        "logging.level.root=warn",
    };

    /**
     * A full application start installs Vaadin's security-context strategy process-wide; put back the one the
     * other tests in this JVM (with their cached context) use.
     */
    private SecurityContextHolderStrategy strategy;

    @BeforeEach
    void keepStrategy() {
        strategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreStrategy() {
        SecurityContextHolder.setContextHolderStrategy(strategy);
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCommentWhoseListenersFailedIsAnalysedAndIndexedOnceAfterARestart(@TempDir Path dir) throws Exception {
        String dataDir = "pikir.embedded-db.data-dir=" + Files.createDirectories(dir.resolve("pg"));
        AtomicInteger failures = new AtomicInteger();
        long commentId;

        try (ConfigurableApplicationContext first = start(dataDir, failingOnce(failures))) {
            ConsultationFixtures fixtures = first.getBean(ConsultationFixtures.class);
            AccountFixtures accounts = first.getBean(AccountFixtures.class);
            long draft = fixtures.openDraft(accounts.official(fixtures.agency("KZ", "MVD")), "Durable", 2);
            long article = fixtures.articleId(draft, 1);
            commentId = TestUsers.as(
                    accounts.citizen("KZ"),
                    () -> first.getBean(CommentService.class)
                            .submitComment(
                                    draft, article, "Бұл бап көші-қон тіркеуін жеңілдетеді, бірақ мерзімі өте қысқа."));
            TestUsers.signOut();

            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            awaitUntil(() -> failures.get() == 2, Duration.ofSeconds(60));
            // The failed deliveries leave their publications incomplete and nothing derived behind.
            awaitUntil(
                    () -> incompleteFor(jdbc, "CommentAnalysisFeed") == 1
                            && incompleteFor(jdbc, "PublicContentListener") == 1,
                    Duration.ofSeconds(30));
            assertThat(analysed(jdbc, commentId)).isZero();
            assertThat(indexed(jdbc, commentId)).isZero();
        }

        try (ConfigurableApplicationContext second = start(dataDir, null)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            awaitUntil(() -> analysed(jdbc, commentId) == 1 && indexed(jdbc, commentId) == 1, Duration.ofSeconds(90));
            awaitUntil(
                    () -> incompleteFor(jdbc, "CommentAnalysisFeed") == 0
                            && incompleteFor(jdbc, "PublicContentListener") == 0,
                    Duration.ofSeconds(30));
            assertThat(analysed(jdbc, commentId)).isEqualTo(1);
            assertThat(indexed(jdbc, commentId)).isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "select lang from analysis_item where item_id = ? and scope like 'consultation:%'",
                            String.class, String.valueOf(commentId)))
                    .isEqualTo("kk");
            // Exactly once: each listener's publication for the comment was completed, none is left over.
            assertThat(jdbc.queryForObject(
                            "select count(*) from event_publication where completion_date is not null"
                                    + " and (listener_id like '%CommentAnalysisFeed.on(%CommentSubmitted)'"
                                    + " or listener_id like '%PublicContentListener.on(%CommentSubmitted)')",
                            Integer.class))
                    .isEqualTo(2);
        }
    }

    private static ConfigurableApplicationContext start(String dataDir, BeanPostProcessor processor) {
        // Command-line arguments: they win over application.properties (default properties would not).
        String[] args = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(PROPERTIES), java.util.stream.Stream.of(dataDir))
                .map(p -> "--" + p)
                .toArray(String[]::new);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(PikirApplication.class);
        if (processor != null) {
            builder.initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(processor));
        }
        return builder.run(args);
    }

    /** Makes the engine's submit and the index's comment update fail on their first call, as a crash would. */
    private static BeanPostProcessor failingOnce(AtomicInteger failures) {
        Set<String> methods = Set.of("submit", "syncComment");
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof AnalysisService) && !(bean instanceof PublicContentMirror)) {
                    return bean;
                }
                AtomicInteger calls = new AtomicInteger();
                ProxyFactory factory = new ProxyFactory(bean);
                factory.setProxyTargetClass(true);
                factory.addAdvice((MethodInterceptor) invocation -> {
                    if (methods.contains(invocation.getMethod().getName()) && calls.getAndIncrement() == 0) {
                        failures.incrementAndGet();
                        throw new IllegalStateException("injected failure of " + name);
                    }
                    return invocation.proceed();
                });
                return factory.getProxy(bean.getClass().getClassLoader());
            }
        };
    }

    private static int incompleteFor(JdbcTemplate jdbc, String listener) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and listener_id like ?",
                Integer.class,
                "%." + listener + ".on(%CommentSubmitted)");
    }

    private static int analysed(JdbcTemplate jdbc, long commentId) {
        return jdbc.queryForObject(
                "select count(*) from analysis_item where item_id = ? and scope like 'consultation:%'",
                Integer.class, String.valueOf(commentId));
    }

    private static int indexed(JdbcTemplate jdbc, long commentId) {
        return jdbc.queryForObject(
                "select count(*) from search_document where kind = 'comment' and ref_id = ?",
                Integer.class,
                String.valueOf(commentId));
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", timeout).isLessThan(end);
            Thread.sleep(100);
        }
    }
}
