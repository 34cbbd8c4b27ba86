package org.pikir.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.PikirApplication;
import org.pikir.analysis.AnalysableText;
import org.pikir.analysis.AnalysisService;
import org.pikir.analysis.ItemRef;
import org.pikir.analysis.LanguageDetector;
import org.pikir.analysis.Scope;
import org.pikir.search.SearchRecords.SearchHit;
import org.pikir.search.SearchRecords.SearchPage;
import org.pikir.search.SearchRecords.SearchQuery;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two application nodes (two Spring contexts) on one PostgreSQL and one OpenSearch, with outbox-polling: what one
 * node writes the other finds, and a node closed in the middle of a load loses no acknowledged document and
 * duplicates none — its outbox events stay in PostgreSQL and the remaining node indexes them.
 */
class TwoNodesOpenSearchIT {

    private static final int WRITERS = 4;

    private static final String[] PROPERTIES = {
        "pikir.embedded-db.pool-size=12",
        "pikir.demo=false",
        "pikir.search.rebuild-on-start=false",
        "pikir.search.index-prefix=two-nodes-",
        "server.port=0",
        "spring.main.banner-mode=off",
        "logging.level.root=warn",
        "logging.level.org.pikir.search=info",
    };

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
    void whatOneNodeWritesTheOtherFindsAndAClosedNodeLosesNothing() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setLocaleConfig("encoding", "UTF8")
                        .setServerConfig("fsync", "off")
                        .start();
                ConfigurableApplicationContext a = start(postgres)) {
            ConfigurableApplicationContext b = start(postgres);
            try {
                String tag = SearchServiceIntegrationTest.tag();
                support(a)
                        .store(
                                SearchKind.COMMENT,
                                tag + "-a",
                                "KZ",
                                "kk",
                                null,
                                null,
                                "Мектептердегі оқулықтар жетіспейді " + tag,
                                "u",
                                Instant.parse("2026-04-01T10:00:00Z"));
                support(b)
                        .store(
                                SearchKind.COMMENT,
                                tag + "-b",
                                "KZ",
                                "ru",
                                null,
                                null,
                                "Граждане обсуждают законопроекты о налогах " + tag,
                                "u",
                                Instant.parse("2026-04-01T10:00:00Z"));
                support(a).awaitOutbox();
                support(b).awaitOutbox();
                assertThat(refs(b, "мектеп " + tag)).containsExactly(tag + "-a");
                assertThat(refs(a, "налог " + tag)).containsExactly(tag + "-b");

                System.out.printf("outbox throughput, 1 node writing: %.0f documents/s%n", load(List.of(a), 400));
                System.out.printf("outbox throughput, 2 nodes writing: %.0f documents/s%n", load(List.of(a, b), 400));

                sameCampaignWhicheverNodeTakesALetter(a, b);

                closeMidLoad(a, b);
                b = null;
            } finally {
                if (b != null) {
                    b.close();
                }
            }
        }
    }

    /**
     * A form letter submitted alternately through both nodes (two contexts, each with its own memory) ends in one
     * campaign: the online assignment state is in PostgreSQL, not in a node.
     */
    private void sameCampaignWhicheverNodeTakesALetter(
            ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
        AnalysisService onA = a.getBean(AnalysisService.class);
        AnalysisService onB = b.getBean(AnalysisService.class);
        Scope scope = Scope.of("twonodes", System.nanoTime());
        String letter = "Просим отменить повышение платы за вывоз мусора в нашем районе и провести публичные "
                + "слушания с участием жителей до принятия любого решения";
        List<ItemRef> letters = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            AnalysisService node = i % 2 == 0 ? onA : onB;
            ItemRef ref = new ItemRef("comment", "two-nodes-" + System.nanoTime());
            String text = letter + (i % 3 == 0 ? "" : " Подпись жителя " + i);
            node.submit(new AnalysableText(
                    ref, scope, text, a.getBean(LanguageDetector.class).detect(text), Instant.now()));
            letters.add(ref);
            (i % 2 == 0 ? onB : onA).submit(unique(b, scope, i));
        }
        Set<String> campaigns = new HashSet<>();
        for (ItemRef ref : letters) {
            campaigns.add(String.valueOf(onB.assignment(ref).orElseThrow().campaignKey()));
        }
        assertThat(campaigns).as("campaigns of the letters").hasSize(1).doesNotContain("null");
        assertThat(onA.assignments(scope)).hasSize(20);
    }

    private static AnalysableText unique(ConfigurableApplicationContext node, Scope scope, int i) {
        String text = "Отдельное предложение номер " + i + " про освещение двора на улице " + (200 + i);
        return new AnalysableText(
                new ItemRef("comment", "two-nodes-u-" + System.nanoTime()),
                scope,
                text,
                node.getBean(LanguageDetector.class).detect(text),
                Instant.now());
    }

    /**
     * Writers on both nodes store documents; node B is closed while they run. Every store that returned (the commit
     * was acknowledged) must end in the index exactly once, found from node A.
     */
    private void closeMidLoad(ConfigurableApplicationContext a, ConfigurableApplicationContext b)
            throws InterruptedException {
        String tag = SearchServiceIntegrationTest.tag();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
        CountDownLatch halfway = new CountDownLatch(100);
        List<Thread> writers = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(a, b)) {
            String name = node == a ? "a" : "b";
            SearchTestSupport support = support(node);
            Thread t = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    String ref = tag + "-" + name + i;
                    try {
                        support.store(
                                SearchKind.COMMENT,
                                ref,
                                "KG",
                                "en",
                                null,
                                null,
                                "Load document number " + i + " " + tag,
                                "u",
                                Instant.parse("2026-04-01T10:00:00Z"));
                        acknowledged.add(ref);
                        halfway.countDown();
                    } catch (RuntimeException e) {
                        failed.add(ref); // node B closed under the writer: not acknowledged
                        if (node == b) {
                            return;
                        }
                    }
                }
            });
            writers.add(t);
            t.start();
        }
        assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
        b.close();
        for (Thread t : writers) {
            t.join(TimeUnit.MINUTES.toMillis(2));
        }
        SearchTestSupport support = support(a);
        support.awaitOutbox();

        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        Set<String> rows = new HashSet<>(
                jdbc.queryForList("select ref_id from search_document where ref_id like ?", String.class, tag + "-%"));
        List<String> indexed = allRefs(a, tag);
        System.out.printf(
                "closed node B mid-load: %d acknowledged, %d failed, %d rows, %d indexed%n",
                acknowledged.size(), failed.size(), rows.size(), indexed.size());
        assertThat(failed).as("writes through node A").noneMatch(r -> r.startsWith(tag + "-a"));
        assertThat(rows).containsAll(acknowledged);
        assertThat(indexed).as("no document twice").doesNotHaveDuplicates();
        assertThat(new HashSet<>(indexed))
                .as("every committed row indexed, nothing else")
                .isEqualTo(rows);
    }

    /**
     * Documents per second from the first commit until every one is searchable, written by {@link #WRITERS} threads
     * per node; also prints the commit rate and how fast the outbox backlog left at the last commit drains.
     */
    private double load(List<ConfigurableApplicationContext> nodes, int documents) throws InterruptedException {
        String tag = SearchServiceIntegrationTest.tag();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> writers = new ArrayList<>();
        for (ConfigurableApplicationContext node : nodes) {
            SearchTestSupport support = support(node);
            for (int w = 0; w < WRITERS; w++) {
                Thread t = new Thread(() -> {
                    for (int i = next.getAndIncrement(); i < documents; i = next.getAndIncrement()) {
                        support.store(
                                SearchKind.COMMENT,
                                tag + "-" + i,
                                "KG",
                                "ru",
                                null,
                                null,
                                "Сообщение номер " + i + " " + tag,
                                "u",
                                Instant.parse("2026-04-01T10:00:00Z"));
                    }
                });
                writers.add(t);
                t.start();
            }
        }
        for (Thread t : writers) {
            t.join();
        }
        double committed = (System.nanoTime() - start) / 1e9;
        SearchTestSupport support = support(nodes.getFirst());
        long backlog = support.pendingOutboxEvents();
        long drainStart = System.nanoTime();
        support.awaitOutbox();
        double drained = (System.nanoTime() - drainStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%d documents, %d node(s) x %d writers: committed in %.1f s (%.0f/s), all searchable after %.1f s;"
                        + " outbox backlog at the last commit %d events, drained in %.2f s%n",
                documents, nodes.size(), WRITERS, committed, documents / committed, seconds, backlog, drained);
        assertThat(allRefs(nodes.getFirst(), tag)).hasSize(documents);
        return documents / seconds;
    }

    private static List<String> allRefs(ConfigurableApplicationContext node, String tag) {
        SearchService search = node.getBean(SearchService.class);
        List<String> refs = new ArrayList<>();
        for (int page = 0; ; page++) {
            SearchPage p = search.search(new SearchQuery(tag, null, null, null, null, null, page, 50));
            p.hits().forEach(h -> refs.add(h.refId()));
            if (p.hits().size() < 50 || page >= 19) {
                return refs;
            }
        }
    }

    private static List<String> refs(ConfigurableApplicationContext node, String text) {
        return node.getBean(SearchService.class).search(SearchQuery.of(text)).hits().stream()
                .map(SearchHit::refId)
                .toList();
    }

    private static SearchTestSupport support(ConfigurableApplicationContext node) {
        return node.getBean(SearchTestSupport.class);
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres postgres) {
        String[] args = Stream.concat(
                        Stream.of(PROPERTIES),
                        Stream.of(
                                "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                                "spring.datasource.username=postgres",
                                "pikir.search.url=" + OpenSearchTestNode.get().url()))
                .map(p -> "--" + p)
                .toArray(String[]::new);
        return new SpringApplicationBuilder(PikirApplication.class).run(args);
    }
}
