package org.pikir.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pikir.PikirApplication;
import org.pikir.account.PikirUser;
import org.pikir.analysis.AnalysableText;
import org.pikir.analysis.AnalysisService;
import org.pikir.analysis.AnalysisWaits;
import org.pikir.analysis.ItemRef;
import org.pikir.analysis.LanguageDetector;
import org.pikir.analysis.Scope;
import org.pikir.consultation.CommentAnalysis;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.petition.PetitionFixtures;
import org.pikir.petition.PetitionService;
import org.pikir.search.SearchRecords.SearchHit;
import org.pikir.search.SearchRecords.SearchPage;
import org.pikir.search.SearchRecords.SearchQuery;
import org.pikir.shared.AccountFixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
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
        // Durable events node B had in flight when it was closed are marked failed after this staleness and
        // resubmitted by node A (application.properties: 10 minutes / 1 minute, too long for a test).
        "spring.modulith.events.staleness.processing=PT10S",
        "spring.modulith.events.staleness.resubmitted=PT10S",
        "spring.modulith.events.staleness.check-interval=PT2S",
        "pikir.events.resubmit-min-age=PT2S",
        "pikir.events.resubmit-interval=PT3S",
    };

    private static final String LETTER = "Просим отменить повышение платы за вывоз мусора в нашем районе и провести"
            + " публичные слушания с участием жителей до принятия любого решения";

    private static final String[] OWN_WORDS = {
        "Нужно больше освещения во дворах на улице номер",
        "Автобусы ходят редко, добавьте рейсы по маршруту номер",
        "В поликлинике очереди к терапевту, откройте кабинет номер",
        "Детская площадка сломана уже год возле дома номер",
        "Дорогу разбили грузовики, отремонтируйте участок номер",
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

                FeatureLoad features = new FeatureLoad(a, 20);
                closeMidLoad(a, b, features);
                b = null;
                features.check(a);
                scheduledJobs(a);
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
    private void closeMidLoad(ConfigurableApplicationContext a, ConfigurableApplicationContext b, FeatureLoad features)
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
        writers.addAll(features.start(a, b));
        assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(features.halfwayOnB.await(60, TimeUnit.SECONDS)).isTrue();
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
     * Citizens comment on an open draft (most with one form letter, the rest in their own words) and sign a
     * collecting petition through the real feature services, half through each node, one thread per node; node B is
     * closed under its thread. Afterwards, on node A alone: every acknowledged comment is in the database, found by
     * the search and analysed, all copies of the letter in one campaign; every acknowledged signature counted once.
     */
    private static final class FeatureLoad {

        final String tag = SearchServiceIntegrationTest.tag();
        final long draft;
        final long article;
        final long petition;
        final List<PikirUser> citizens = new ArrayList<>();
        final Map<Long, Boolean> comments = new ConcurrentHashMap<>(); // acknowledged comment id -> form letter
        final Set<Long> signers = ConcurrentHashMap.newKeySet(); // accounts whose sign() returned
        final Set<Long> attempted = ConcurrentHashMap.newKeySet(); // accounts that tried to sign
        final ConcurrentLinkedQueue<String> failedOnA = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> failedOnB = new ConcurrentLinkedQueue<>();
        final CountDownLatch halfwayOnB;
        static final int ROUNDS = 4;

        FeatureLoad(ConfigurableApplicationContext a, int perNode) {
            // The fixtures sign in through the process-wide holder; the method security of node A reads node A's
            // strategy (each started context installs its own, the last one process-wide).
            SecurityContextHolder.setContextHolderStrategy(a.getBean(SecurityContextHolderStrategy.class));
            AccountFixtures accounts = a.getBean(AccountFixtures.class);
            ConsultationFixtures consultation = a.getBean(ConsultationFixtures.class);
            PikirUser official = accounts.official(consultation.agency("KZ", "MVD"));
            draft = consultation.openDraft(official, "Two nodes " + tag, 1);
            article = consultation.articleId(draft, 0);
            PetitionFixtures petitions = a.getBean(PetitionFixtures.class);
            Agency agency = petitions.agency(CountryCode.KZ, AgencyKind.PARLIAMENT);
            petition = petitions.collecting(CountryCode.KZ, agency.getId(), "Two nodes petition " + tag, 100_000);
            for (int i = 0; i < 2 * perNode; i++) {
                citizens.add(accounts.citizen("KZ"));
            }
            halfwayOnB = new CountDownLatch(perNode / 2); // node B is closed after this many of its comments
        }

        String text(int i) {
            return i % 5 == 4
                    ? OWN_WORDS[(i / 5) % OWN_WORDS.length] + " " + (100 + i) + " " + tag
                    : LETTER + " " + tag;
        }

        List<Thread> start(ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
            List<Thread> threads = new ArrayList<>();
            for (ConfigurableApplicationContext node : List.of(a, b)) {
                boolean onB = node == b;
                CommentService commentService = node.getBean(CommentService.class);
                PetitionService petitionService = node.getBean(PetitionService.class);
                Thread t = new Thread(() -> {
                    // ROUNDS comments per citizen, the first one followed by the citizen's signature
                    for (int n = onB ? 1 : 0; n < ROUNDS * citizens.size(); n += 2) {
                        PikirUser citizen = citizens.get(n % citizens.size());
                        String text = text(n);
                        try {
                            long id = as(node, citizen, () -> commentService.submitComment(draft, article, text));
                            comments.put(id, text.startsWith(LETTER));
                            if (onB) {
                                halfwayOnB.countDown();
                            }
                            if (n < citizens.size()) {
                                attempted.add(citizen.accountId());
                                as(node, citizen, () -> petitionService.sign(petition));
                                signers.add(citizen.accountId());
                            }
                        } catch (RuntimeException e) {
                            if (!onB) {
                                failedOnA.add(citizen.getUsername() + ": " + e);
                                continue;
                            }
                            failedOnB.add(citizen.getUsername() + ": " + e);
                            return; // node B closed under the writer: not acknowledged
                        }
                    }
                });
                threads.add(t);
                t.start();
            }
            return threads;
        }

        void check(ConfigurableApplicationContext a) throws InterruptedException {
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            AnalysisWaits.until(
                    "every durable event publication completed by node A",
                    () -> jdbc.queryForObject(
                                    "select count(*) from event_publication where completion_date is null", Long.class)
                            == 0);
            a.getBean(SearchTestSupport.class).awaitOutbox();
            System.out.println(
                    "event publications resubmitted after going stale (node B's in flight when it closed, and any"
                            + " that waited over 10 s in a queue under load): "
                            + jdbc.queryForObject(
                                    "select count(*) from event_publication where last_resubmission_date is not null",
                                    Long.class));

            List<Long> rows =
                    jdbc.queryForList("select id from consultation_comment where draft_id = ?", Long.class, draft);
            Set<String> rowRefs = new HashSet<>();
            rows.forEach(id -> rowRefs.add(Long.toString(id)));
            List<String> indexed = allRefs(a, tag, SearchKind.COMMENT);
            List<Long> signatures = jdbc.queryForList(
                    "select account_id from petition_signature where petition_id = ?", Long.class, petition);
            System.out.printf(
                    "feature services, node B closed mid-load: %d comments acknowledged (%d form letters), %d rows,"
                            + " %d indexed; %d signatures acknowledged, %d rows; failures on node B: %s%n",
                    comments.size(),
                    comments.values().stream().filter(l -> l).count(),
                    rows.size(),
                    indexed.size(),
                    signers.size(),
                    signatures.size(),
                    failedOnB);

            assertThat(failedOnA).as("writes through node A").isEmpty();
            assertThat(rows).as("acknowledged comments in the database").containsAll(comments.keySet());
            assertThat(rows.size() - comments.size())
                    .as("committed but not acknowledged (at most the one in flight on node B)")
                    .isBetween(0, 1);
            assertThat(indexed).as("no comment indexed twice").doesNotHaveDuplicates();
            assertThat(new HashSet<>(indexed))
                    .as("every comment row found by the search from node A, nothing else")
                    .isEqualTo(rowRefs);

            AnalysisService analysis = a.getBean(AnalysisService.class);
            AnalysisWaits.until(
                    "every comment analysed",
                    () -> rows.stream()
                            .allMatch(id -> analysis.assignment(CommentAnalysis.item(id))
                                    .isPresent()));
            Set<String> letterCampaigns = new HashSet<>();
            Set<String> ownCampaigns = new HashSet<>();
            for (long id : rows) {
                String text =
                        jdbc.queryForObject("select body from consultation_comment where id = ?", String.class, id);
                String campaign = String.valueOf(analysis.assignment(CommentAnalysis.item(id))
                        .orElseThrow()
                        .campaignKey());
                (text.startsWith(LETTER) ? letterCampaigns : ownCampaigns).add(campaign);
            }
            System.out.printf("campaigns: form letters %s, comments in own words %s%n", letterCampaigns, ownCampaigns);
            assertThat(letterCampaigns)
                    .as("campaigns of the form letters")
                    .hasSize(1)
                    .doesNotContain("null");
            assertThat(ownCampaigns)
                    .as("own words outside the letter's campaign")
                    .doesNotContainAnyElementsOf(letterCampaigns);

            assertThat(signatures).as("one signature per account").doesNotHaveDuplicates();
            assertThat(signatures).as("acknowledged signatures counted").containsAll(signers);
            assertThat(attempted).as("only attempted signatures counted").containsAll(signatures);
            assertThat(signatures.size() - signers.size())
                    .as("committed but not acknowledged (at most the one in flight on node B)")
                    .isBetween(0, 1);
        }
    }

    /**
     * Runs as the citizen on this node: its method security reads the node's own security-context strategy, its
     * CurrentUser the process-wide one (node A's here); both are thread-local, so the writer threads do not mix.
     */
    private static <T> T as(ConfigurableApplicationContext node, PikirUser user, Supplier<T> action) {
        List<SecurityContextHolderStrategy> strategies = Stream.of(
                        node.getBean(SecurityContextHolderStrategy.class),
                        SecurityContextHolder.getContextHolderStrategy())
                .distinct()
                .toList();
        for (SecurityContextHolderStrategy s : strategies) {
            SecurityContext context = s.createEmptyContext();
            context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
            s.setContext(context);
        }
        try {
            return action.get();
        } finally {
            strategies.forEach(SecurityContextHolderStrategy::clearContext);
        }
    }

    /**
     * The scheduled jobs take a ShedLock row when they run, whichever node runs them (SchedulerLockTest covers the
     * lock itself). Only the event resubmission has surely come due during this test (every 3 s here); the others
     * (initial delays of 30 s to 10 min) are printed, not asserted.
     */
    private static void scheduledJobs(ConfigurableApplicationContext a) {
        List<Map<String, Object>> locks = a.getBean(JdbcTemplate.class)
                .queryForList("select name, locked_at, locked_by from shedlock order by name");
        System.out.println("shedlock rows: " + locks);
        assertThat(locks).extracting(r -> r.get("name")).contains("events.resubmitFailed");
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
        return allRefs(node, tag, null);
    }

    private static List<String> allRefs(ConfigurableApplicationContext node, String tag, SearchKind kind) {
        SearchService search = node.getBean(SearchService.class);
        List<String> refs = new ArrayList<>();
        for (int page = 0; ; page++) {
            SearchPage p = search.search(new SearchQuery(tag, null, kind, null, null, null, page, 50));
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
