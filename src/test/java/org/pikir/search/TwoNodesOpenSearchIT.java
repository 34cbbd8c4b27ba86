package org.pikir.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
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
import org.pikir.appeal.AppealAnalysis;
import org.pikir.consultation.CommentAnalysis;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.petition.PetitionFixtures;
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
import org.springframework.util.FileSystemUtils;

/**
 * Two application nodes (two Spring contexts) on one PostgreSQL and one OpenSearch, with outbox-polling: what one
 * node writes the other finds, and a node closed in the middle of a load loses no acknowledged document and
 * duplicates none — its outbox events stay in PostgreSQL and the remaining node indexes them.
 */
class TwoNodesOpenSearchIT {

    private static final int WRITERS = 4;

    static final String[] PROPERTIES = {
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
        // The other scheduled jobs come due every 4 s after their initial delay (30 s to 2 min), so that most run
        // several times, on either node, during the test.
        "pikir.mail.retry-ms=4000",
        "pikir.consultation.close-check-ms=4000",
        "pikir.petition.expiry-interval=PT4S",
        "pikir.api.rate-limit.cleanup-interval=PT4S",
        "pikir.security.login.cleanup-interval=PT4S",
        // Hibernate Search: a killed node's outbox agent is declared dead after 10 s (default 30 s), and the survivor
        // takes over its share of the outbox.
        "spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_interval=2000",
        "spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_expiration=10000",
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
    void whatOneNodeWritesTheOtherFindsAndAKilledNodeLosesNothing() throws Exception {
        Process c = null;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setLocaleConfig("encoding", "UTF8")
                        .setServerConfig("fsync", "off")
                        .start();
                ConfigurableApplicationContext a = start(postgres, "node-a")) {
            Instant startedA = Instant.now();
            auditSchedulerLocks(a);
            ConfigurableApplicationContext b = start(postgres, "node-b");
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

                // Node C boots in a child JVM while node B is closed under a load.
                TwoNodesLoad.Target target = target(a);
                c = startChild(postgres, target);
                closeMidLoad(a, b);
                b = null;
                killMidLoad(a, postgres, target, c);
                scheduledJobs(a, startedA);
            } finally {
                if (b != null) {
                    b.close();
                }
                if (c != null) {
                    c.destroyForcibly();
                }
            }
        }
    }

    /** A draft, an agency and a petition for the citizens' load, created on node A. */
    private TwoNodesLoad.Target target(ConfigurableApplicationContext a) {
        // The fixtures sign in through the process-wide holder; the method security of node A reads node A's
        // strategy (each started context installs its own, the last one process-wide).
        SecurityContextHolder.setContextHolderStrategy(a.getBean(SecurityContextHolderStrategy.class));
        String tag = SearchServiceIntegrationTest.tag();
        AccountFixtures accounts = a.getBean(AccountFixtures.class);
        ConsultationFixtures consultation = a.getBean(ConsultationFixtures.class);
        long agency = consultation.agency("KZ", "MVD");
        long draft = consultation.openDraft(accounts.official(agency), "Two nodes " + tag, 1);
        PetitionFixtures petitions = a.getBean(PetitionFixtures.class);
        long petition = petitions.collecting(
                CountryCode.KZ,
                petitions.agency(CountryCode.KZ, AgencyKind.PARLIAMENT).getId(),
                "Two nodes petition " + tag,
                100_000);
        return new TwoNodesLoad.Target(draft, consultation.articleId(draft, 0), petition, agency, tag);
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
     * Node C, a child JVM, and node A take citizens' comments, appeals and signatures in turn through the real
     * feature services, 2 client threads each; node C is killed with SIGKILL under its clients (no shutdown: its
     * connections, locks, outbox agent and durable events in flight are left as a crash leaves them). Afterwards, on
     * node A alone: every acknowledged submission is in the database; every comment is found by the search from node
     * A, once; every comment and appeal is analysed, all copies of a form letter in one campaign and the others
     * outside it; every appeal's author notified once; every acknowledged signature counted once.
     */
    private void killMidLoad(
            ConfigurableApplicationContext a, EmbeddedPostgres postgres, TwoNodesLoad.Target target, Process c)
            throws Exception {
        Path acksOfC = childDir().resolve("acks");
        long booting = System.nanoTime();
        awaitLine(c, childDir().resolve("node-c.log"), "LOADING", Duration.ofMinutes(4));
        System.out.printf("node C (child JVM) started in %.1f s%n", (System.nanoTime() - booting) / 1e9);

        ConcurrentLinkedQueue<String> acksOfA = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failedOnA = new ConcurrentLinkedQueue<>();
        AtomicBoolean go = new AtomicBoolean(true);
        long loadStart = System.nanoTime();
        List<Thread> clients = TwoNodesLoad.start(a, target, 2, new OnNode(a), go::get, acksOfA::add, failedOnA::add);
        AnalysisWaits.until(
                "node C acknowledged 30 submissions", () -> lines(acksOfC).size() >= 30);
        c.destroyForcibly(); // SIGKILL
        assertThat(c.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long killed = System.nanoTime();
        int ackedByCAtKill = lines(acksOfC).size();
        Thread.sleep(3_000); // node A goes on taking submissions after the crash
        go.set(false);
        for (Thread t : clients) {
            t.join(TimeUnit.MINUTES.toMillis(1));
        }
        System.out.printf(
                "killed node C (kill -9) after %.1f s of load with %d acknowledged by it, %d by node A%n",
                (killed - loadStart) / 1e9, ackedByCAtKill, acksOfA.size());

        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        await(
                "every durable event publication completed by node A",
                () -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null", Long.class)
                        == 0);
        a.getBean(SearchTestSupport.class).awaitOutbox();
        double recovered = (System.nanoTime() - killed) / 1e9;

        List<String> acks = new ArrayList<>(acksOfA);
        acks.addAll(lines(acksOfC));
        Map<Long, Boolean> ackedComments = new HashMap<>(); // id -> form letter
        Map<Long, Boolean> ackedAppeals = new HashMap<>();
        Set<Long> signers = new HashSet<>();
        for (String line : acks) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "comment" -> ackedComments.put(Long.parseLong(f[1]), f[2].equals("L"));
                case "appeal" -> ackedAppeals.put(Long.parseLong(f[1]), f[3].equals("L"));
                case "sign" -> signers.add(Long.parseLong(f[1]));
                default -> throw new AssertionError("unknown acknowledgement " + line);
            }
        }

        Map<Long, String> comments = new HashMap<>();
        jdbc.query(
                "select id, body from consultation_comment where draft_id = ?",
                r -> {
                    comments.put(r.getLong(1), r.getString(2));
                },
                target.draft());
        Map<Long, String> appeals = new HashMap<>();
        jdbc.query(
                "select id, text from appeal where agency_id = ? and text like ?",
                r -> {
                    appeals.put(r.getLong(1), r.getString(2));
                },
                target.agency(),
                "%" + target.tag());
        List<Long> signatures = jdbc.queryForList(
                "select account_id from petition_signature where petition_id = ?", Long.class, target.petition());
        List<String> indexed = allRefs(a, target.tag(), SearchKind.COMMENT);
        Set<String> commentRefs = new HashSet<>();
        comments.keySet().forEach(id -> commentRefs.add(Long.toString(id)));
        int unacknowledged = comments.size()
                - ackedComments.size()
                + appeals.size()
                - ackedAppeals.size()
                + signatures.size()
                - signers.size();
        System.out.printf(
                "after the kill: comments %d acknowledged, %d rows, %d indexed; appeals %d acknowledged, %d rows;"
                        + " signatures %d acknowledged, %d rows; committed but not acknowledged %d; all follow-up"
                        + " work done %.1f s after the kill%n",
                ackedComments.size(),
                comments.size(),
                indexed.size(),
                ackedAppeals.size(),
                appeals.size(),
                signers.size(),
                signatures.size(),
                unacknowledged,
                recovered);

        assertThat(failedOnA).as("submissions through node A").isEmpty();
        assertThat(ackedComments.values()).as("comments of both kinds").contains(true, false);
        assertThat(ackedAppeals.values()).as("appeals of both kinds").contains(true, false);
        assertThat(comments.keySet())
                .as("acknowledged comments in the database")
                .containsAll(ackedComments.keySet());
        assertThat(appeals.keySet()).as("acknowledged appeals in the database").containsAll(ackedAppeals.keySet());
        assertThat(signatures).as("one signature per account").doesNotHaveDuplicates();
        assertThat(signatures).as("acknowledged signatures counted").containsAll(signers);
        assertThat(unacknowledged)
                .as("committed but not acknowledged (at most one in flight per client thread of node C)")
                .isBetween(0, 2);
        assertThat(jdbc.queryForObject(
                        "select coalesce(sum(signatures), 0) from petition_signature_tally where petition_id = ?",
                        Integer.class,
                        target.petition()))
                .as("signature tally")
                .isEqualTo(signatures.size());

        assertThat(indexed).as("no comment indexed twice").doesNotHaveDuplicates();
        assertThat(new HashSet<>(indexed))
                .as("every comment row found by the search from node A, nothing else")
                .isEqualTo(commentRefs);

        AnalysisService analysis = a.getBean(AnalysisService.class);
        sameCampaign(analysis, "comments", comments, CommentAnalysis::item, TwoNodesLoad.LETTER);
        sameCampaign(analysis, "appeals", appeals, AppealAnalysis::item, TwoNodesLoad.APPEAL_LETTER);
        for (long id : appeals.keySet()) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification where link = ?"
                                    + " and subject_key = 'appeal.notify.registered.subject'",
                            Integer.class,
                            "appeals/" + id))
                    .as("notifications of appeal " + id)
                    .isEqualTo(1);
        }
    }

    /** Every item analysed; the copies of the letter in one campaign, the other texts outside it. */
    private static void sameCampaign(
            AnalysisService analysis, String what, Map<Long, String> texts, LongFunction<ItemRef> item, String letter)
            throws InterruptedException {
        await(
                "every one of the " + what + " analysed",
                () -> texts.keySet().stream()
                        .allMatch(id -> analysis.assignment(item.apply(id)).isPresent()));
        Set<String> letterCampaigns = new HashSet<>();
        Set<String> ownCampaigns = new HashSet<>();
        texts.forEach((id, text) -> {
            String campaign = String.valueOf(
                    analysis.assignment(item.apply(id)).orElseThrow().campaignKey());
            (text.startsWith(letter) ? letterCampaigns : ownCampaigns).add(campaign);
        });
        System.out.printf("campaigns of the %s: form letters %s, own words %s%n", what, letterCampaigns, ownCampaigns);
        assertThat(letterCampaigns)
                .as("campaigns of the form-letter " + what)
                .hasSize(1)
                .doesNotContain("null");
        assertThat(ownCampaigns)
                .as(what + " in own words outside the letter's campaign")
                .doesNotContainAnyElementsOf(letterCampaigns);
    }

    /** Waits up to 3 minutes (the machine may be shared with several builds). */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(200);
        }
    }

    /** Node A's caller: the citizen signed in for node A's security (see {@link #as}). */
    private record OnNode(ConfigurableApplicationContext node) implements TwoNodesLoad.Caller {
        @Override
        public <T> T as(PikirUser user, Supplier<T> action) {
            return TwoNodesOpenSearchIT.as(node, user, action);
        }
    }

    /** Launches node C, a whole Pikir application in a child JVM, loading until it is killed. */
    private static Process startChild(EmbeddedPostgres postgres, TwoNodesLoad.Target target) throws IOException {
        Path dir = childDir();
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1500m",
                "-Duser.timezone=UTC",
                "-Dfile.encoding=UTF-8",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                TwoNodesLoad.class.getName(),
                jdbcUrl(postgres, "node-c"),
                OpenSearchTestNode.get().url(),
                dir.resolve("acks").toString()));
        command.addAll(target.args());
        command.add("2");
        Process c = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("node-c.log").toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(c::destroyForcibly));
        return c;
    }

    private static Path childDir() {
        return Path.of("target", "two-nodes-" + ProcessHandle.current().pid()).toAbsolutePath();
    }

    private static void awaitLine(Process p, Path log, String line, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!Files.exists(log) || !Files.readAllLines(log).contains(line)) {
            if (!p.isAlive() || System.nanoTime() > end) {
                List<String> seen = Files.exists(log) ? Files.readAllLines(log) : List.of();
                throw new AssertionError("node C did not start (" + log + "):\n"
                        + String.join("\n", seen.subList(Math.max(0, seen.size() - 40), seen.size())));
            }
            Thread.sleep(200);
        }
    }

    /** The complete lines of the file (a line cut by the kill has no newline yet). */
    private static List<String> lines(Path file) {
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            String text = Files.readString(file);
            return text.lines()
                    .limit(
                            text.endsWith("\n")
                                    ? Long.MAX_VALUE
                                    : Math.max(0, text.lines().count() - 1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** Scheduled jobs (ShedLock name) and their initial delays; each takes its lock for at least 5 s but those below. */
    private static final Map<String, Duration> JOBS = Map.of(
            "consultation.opinionGroups", Duration.ofSeconds(10),
            "events.resubmitFailed", Duration.ofSeconds(3),
            "notification.mailRetry", Duration.ofSeconds(30),
            "consultation.closeExpired", Duration.ofSeconds(30),
            "petition.expiry", Duration.ofMinutes(1),
            "api.rateLimitCleanup", Duration.ofMinutes(1),
            "account.loginThrottleCleanup", Duration.ofMinutes(2),
            "events.deleteOldCompleted", Duration.ofMinutes(10));

    /** Jobs whose lock is held at least less than 5 s: opinion groups (every 0.5 s in tests, held at least 1 s). */
    private static final Map<String, Duration> SHORT_LOCKS =
            Map.of("consultation.opinionGroups", Duration.ofSeconds(1));

    /**
     * Records every run of a scheduled job on any node: a run is a ShedLock acquisition (a new {@code locked_at}),
     * logged by a trigger with the connection's application name, which names the node.
     */
    private static void auditSchedulerLocks(ConfigurableApplicationContext a) {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        jdbc.execute("create table test_shedlock_run (name text, locked_at timestamptz, node text)");
        jdbc.execute("""
                create function test_shedlock_run() returns trigger language plpgsql as $$
                begin
                  if tg_op = 'INSERT' or new.locked_at is distinct from old.locked_at then
                    insert into test_shedlock_run values (new.name, new.locked_at, current_setting('application_name'));
                  end if;
                  return new;
                end $$""");
        jdbc.execute("create trigger test_shedlock_run after insert or update on shedlock"
                + " for each row execute function test_shedlock_run()");
    }

    /**
     * Every scheduled job whose initial delay has passed ran, and ran once per cluster: its runs, on nodes A, B and
     * C (every one of which schedules every job every 3–4 s here), never come closer than the time the lock is held
     * at least (5 s; 1 s for opinion groups), which they would if two nodes ran the same period. (RunLeases' renewal and take-over are per node
     * by design and take no lock.)
     */
    private static void scheduledJobs(ConfigurableApplicationContext a, Instant startedA) {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        Duration elapsed = Duration.between(startedA, Instant.now());
        Map<String, List<Instant>> runs = new TreeMap<>();
        Map<String, Map<String, Integer>> byNode = new TreeMap<>();
        jdbc.query("select name, locked_at, node from test_shedlock_run order by name, locked_at", r -> {
            String name = r.getString(1);
            runs.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(r.getTimestamp(2).toInstant());
            byNode.computeIfAbsent(name, k -> new TreeMap<>()).merge(r.getString(3), 1, Integer::sum);
        });
        System.out.println("scheduled job runs per node over " + elapsed.toSeconds() + " s: " + byNode);
        JOBS.forEach((job, initialDelay) -> {
            if (initialDelay.plusSeconds(10).compareTo(elapsed) < 0) {
                assertThat(runs).as("runs of " + job).containsKey(job);
            }
        });
        runs.forEach((job, times) -> {
            for (int i = 1; i < times.size(); i++) {
                Duration held = SHORT_LOCKS.getOrDefault(job, Duration.ofSeconds(5));
                assertThat(Duration.between(times.get(i - 1), times.get(i)))
                        .as(job + " run " + i + " after the previous one")
                        .isGreaterThanOrEqualTo(held.minusMillis(100));
            }
        });
        assertThat(runs.get("events.resubmitFailed")).as("runs of the 3 s job").hasSizeGreaterThan(5);
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

    /** The database's JDBC URL with the node's name as the connections' application name. */
    private static String jdbcUrl(EmbeddedPostgres postgres, String node) {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        return url + (url.contains("?") ? "&" : "?") + "ApplicationName=" + node;
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres postgres, String node) {
        String[] args = Stream.concat(
                        Stream.of(PROPERTIES),
                        Stream.of(
                                "spring.datasource.url=" + jdbcUrl(postgres, node),
                                "spring.datasource.username=postgres",
                                "pikir.search.url=" + OpenSearchTestNode.get().url()))
                .map(p -> "--" + p)
                .toArray(String[]::new);
        return new SpringApplicationBuilder(PikirApplication.class).run(args);
    }
}
