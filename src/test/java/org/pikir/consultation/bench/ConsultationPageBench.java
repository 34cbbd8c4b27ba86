package org.pikir.consultation.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consultation.CommentSort;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.shared.KaribuTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (Surefire does not pick it up by name): a draft with 50 articles and 20,000 comments;
 * server time and SQL statements of the draft page's first render (Karibu: the whole view is built on the
 * server as for a browser request) and of each next page of comments. Run with bench/consultation-page.sh;
 * results go to target/bench/consultation-page.txt and docs/benchmarks.md.
 */
@Import(ConsultationPageBench.CountingConfig.class)
class ConsultationPageBench extends KaribuTest {

    static final AtomicLong STATEMENTS = new AtomicLong();
    static final int ARTICLES = 50;
    static final int COMMENTS = 20_000;
    static final int VOTERS = 60;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    ConsultationQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void draftPageWith50ArticlesAnd20000Comments() throws IOException {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long draft = fixtures.openDraft(official, "Benchmark draft", ARTICLES);
        List<PikirUser> people = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            people.add(accounts.citizen("KZ"));
        }
        long seedStart = System.nanoTime();
        seed(draft, people);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long total = queries.tallies(draft).comments();
        assertThat(total).isEqualTo(COMMENTS);
        long busiestArticle = jdbc.queryForObject(
                "select article_id from consultation_comment where draft_id = ?"
                        + " and article_id is not null group by article_id order by count(*) desc limit 1",
                Long.class,
                draft);

        PikirUser reader = people.getFirst();
        login(reader);
        List<String> report = new ArrayList<>();
        report.add(String.format(
                Locale.ROOT,
                "draft %d: %d articles, %d comments (%d on the draft as a whole), " + "%d votes; seeded in %.1f s",
                draft,
                ARTICLES,
                total,
                jdbc.queryForObject(
                        "select count(*) from consultation_comment where draft_id = ? and article_id is null",
                        Long.class,
                        draft),
                jdbc.queryForObject(
                        "select count(*) from comment_vote v join consultation_comment c on c.id = v.comment_id"
                                + " where c.draft_id = ?",
                        Long.class,
                        draft),
                seedSeconds));

        long small = fixtures.openDraft(official, "Baseline draft", 1);
        report.add(measure("baseline: page of a draft with 1 article, no comments (layout, menu, Karibu)", 40, () -> {
            navigate("consultations/" + small);
            return 1;
        }));
        report.add(measure("first render of the draft page (Karibu navigate, signed in)", 40, () -> {
            navigate("consultations/" + draft);
            return 1;
        }));
        report.add(measure("  the same plus a client round trip (changes collected for the response)", 20, () -> {
            navigate("consultations/" + draft);
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            return 1;
        }));
        navigate("consultations/" + draft);
        Button more = _get(Button.class, spec -> spec.withId("comment-more"));
        report.add(measure("next page of comments on the draft as a whole (click 'show more')", 40, () -> {
            ButtonKt._click(more);
            return 1;
        }));
        navigate("consultations/" + draft);
        Button more2 = _get(Button.class, spec -> spec.withId("comment-more"));
        report.add(measure("  the same plus a client round trip", 20, () -> {
            ButtonKt._click(more2);
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            return 1;
        }));
        report.add(measure(
                "service: ConsultationQueries.draft(id)",
                60,
                () -> queries.draft(draft).articles().size()));
        report.add(measure(
                "service: comments page 1, newest (whole draft)",
                60,
                () -> queries.comments(draft, null, CommentSort.NEWEST, 0, 20)
                        .items()
                        .size()));
        report.add(measure(
                "service: comments page 50, newest (whole draft, offset 980)",
                60,
                () -> queries.comments(draft, null, CommentSort.NEWEST, 980, 20)
                        .items()
                        .size()));
        report.add(measure(
                "service: comments page 1, most divisive (whole draft)",
                60,
                () -> queries.comments(draft, null, CommentSort.MOST_DIVISIVE, 0, 20)
                        .items()
                        .size()));
        report.add(measure(
                "service: comments page 1, most agreed (busiest article)",
                60,
                () -> queries.comments(draft, busiestArticle, CommentSort.MOST_AGREED, 0, 20)
                        .items()
                        .size()));

        Path out = Path.of("target", "bench", "consultation-page.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    /** Runs warm-ups, then n timed runs; reports median, p95, max in ms and SQL statements per run. */
    private String measure(String name, int n, LongSupplier action) {
        for (int i = 0; i < 5; i++) {
            action.getAsLong();
        }
        long[] nanos = new long[n];
        long statements = 0;
        long maxStatements = 0;
        for (int i = 0; i < n; i++) {
            long before = STATEMENTS.get();
            long start = System.nanoTime();
            action.getAsLong();
            nanos[i] = System.nanoTime() - start;
            long used = STATEMENTS.get() - before;
            statements += used;
            maxStatements = Math.max(maxStatements, used);
        }
        Arrays.sort(nanos);
        return String.format(
                Locale.ROOT,
                "%-75s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  SQL/run avg %.1f max %d",
                name,
                nanos[n / 2] / 1e6,
                nanos[(int) Math.ceil(n * 0.95) - 1] / 1e6,
                nanos[n - 1] / 1e6,
                statements / (double) n,
                maxStatements);
    }

    /** Bulk insert: comments spread over the articles (30% on the draft as a whole), 10% replies, votes. */
    private void seed(long draft, List<PikirUser> people) {
        List<Long> articles = jdbc.queryForList("""
                select a.id from draft_article a join draft_version v on v.id = a.version_id
                where v.draft_id = ? order by a.position""", Long.class, draft);
        Random random = new Random(42);
        Instant base = Instant.now().minusSeconds(COMMENTS);
        int topLevel = COMMENTS * 9 / 10;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < topLevel; i++) {
            Long article = random.nextInt(10) < 3 ? null : articles.get(random.nextInt(articles.size()));
            rows.add(new Object[] {
                draft,
                article,
                null,
                people.get(random.nextInt(people.size())).accountId(),
                "Benchmark comment " + i + " про срок регистрации мигрантов; тіркеу мерзімі туралы пікір.",
                i % 3 == 0 ? "kk" : "ru",
                Timestamp.from(base.plusSeconds(i))
            });
        }
        jdbc.batchUpdate("""
                insert into consultation_comment (draft_id, version_number, article_id, parent_id, author_id, body,
                    language, created_at) values (?, 1, ?, ?, ?, ?, ?, ?)""", rows);
        List<long[]> parents = jdbc.query(
                "select id, coalesce(article_id, 0) from consultation_comment where draft_id = ?",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)},
                draft);
        rows.clear();
        for (int i = topLevel; i < COMMENTS; i++) {
            long[] parent = parents.get(random.nextInt(parents.size()));
            rows.add(new Object[] {
                draft,
                parent[1] == 0 ? null : parent[1],
                parent[0],
                people.get(random.nextInt(people.size())).accountId(),
                "Reply " + i,
                "ru",
                Timestamp.from(base.plusSeconds(i))
            });
        }
        jdbc.batchUpdate("""
                insert into consultation_comment (draft_id, version_number, article_id, parent_id, author_id, body,
                    language, created_at) values (?, 1, ?, ?, ?, ?, ?, ?)""", rows);
        // Votes: every voter reacts to a random 4% of the comments.
        List<Object[]> votes = new ArrayList<>();
        String[] values = {"AGREE", "AGREE", "DISAGREE", "PASS"};
        for (PikirUser p : people) {
            for (long[] c : parents) {
                if (random.nextInt(25) == 0) {
                    votes.add(new Object[] {
                        c[0], p.accountId(), values[random.nextInt(values.length)], Timestamp.from(Instant.now())
                    });
                }
            }
        }
        jdbc.batchUpdate(
                "insert into comment_vote (comment_id, account_id, value, voted_at) values (?, ?, ?, ?)", votes);
        jdbc.update("""
                update consultation_comment c set
                  agree_count = (select count(*) from comment_vote v where v.comment_id = c.id and v.value = 'AGREE'),
                  disagree_count = (select count(*) from comment_vote v where v.comment_id = c.id and v.value = 'DISAGREE'),
                  pass_count = (select count(*) from comment_vote v where v.comment_id = c.id and v.value = 'PASS')
                where c.draft_id = ?""", draft);
        jdbc.execute("analyze consultation_comment");
        jdbc.execute("analyze comment_vote");
        TestUsers.signOut();
    }

    /** Counts every statement the application prepares, whatever prepares it (Hibernate or JdbcTemplate). */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountingConfig {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource ds && !(Proxy.isProxyClass(bean.getClass()))) {
                        return Proxy.newProxyInstance(
                                DataSource.class.getClassLoader(),
                                new Class<?>[] {DataSource.class},
                                forward(
                                        ds,
                                        (method, result) -> method.startsWith("getConnection")
                                                ? countingConnection((Connection) result)
                                                : result));
                    }
                    return bean;
                }
            };
        }

        private static Connection countingConnection(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    forward(connection, (method, result) -> {
                        if (method.equals("prepareStatement")
                                || method.equals("createStatement")
                                || method.equals("prepareCall")) {
                            STATEMENTS.incrementAndGet();
                        }
                        return result;
                    }));
        }

        private interface After {
            Object apply(String method, Object result);
        }

        private static InvocationHandler forward(Object target, After after) {
            return (proxy, method, args) -> {
                if (method.getName().equals("unwrap")
                        && args != null
                        && args[0] instanceof Class<?> c
                        && c.isInstance(target)) {
                    return target;
                }
                try {
                    return after.apply(method.getName(), method.invoke(target, args));
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
        }

        static PreparedStatement unused() {
            return null;
        }
    }
}
