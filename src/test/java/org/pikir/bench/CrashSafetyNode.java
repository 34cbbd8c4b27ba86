package org.pikir.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.pikir.PikirApplication;
import org.pikir.account.PikirUser;
import org.pikir.appeal.AppealForm;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AppealType;
import org.pikir.appeal.AttachmentUpload;
import org.pikir.appeal.ContactPreference;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.CommentVoteValue;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.petition.PetitionFixtures;
import org.pikir.petition.PetitionService;
import org.pikir.search.SearchDocument;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One node of the crash-safety benchmark ({@code bench/crash-safety.sh}), a whole Pikir application on an embedded
 * PostgreSQL in a data directory that survives it.
 *
 * <ul>
 *   <li>{@code load <dir> <clients>}: seeds a draft, a petition and an agency, then lets {@code clients} threads
 *       submit comments, appeals with a PDF attachment, signatures and votes through the service layer, as
 *       citizens would. Each call that returned (the acknowledgement a citizen sees) is appended to
 *       {@code <dir>/acks} before the client goes on; the driver kills the process with {@code kill -9} at a
 *       random moment.
 *   <li>{@code verify <dir>}: starts the application again on the same data, waits for the follow-up work that
 *       was outstanding at the crash (durable events redelivered on start), and checks every acknowledged
 *       submission: stored, analysed (language detected, placed in its campaign or none), found by search,
 *       notified once, never
 *       twice. Prints {@code acknowledged=N lost=M unprocessed=K duplicates=D} and exits 1 unless all are 0.
 * </ul>
 */
public final class CrashSafetyNode {

    private static final String[] COMMENTS = {
        "Мы против сокращения срока регистрации по месту пребывания до трёх дней, это слишком мало для мигрантов.",
        "Бұл бап көші-қон тіркеуін жеңілдетеді, бірақ мерзімі өте қысқа, кемінде он күн керек.",
        "Please keep the registration period at ten working days; three days is not enough for migrant workers.",
        "Тіркеу үшін онлайн қызмет қажет, ұзақ кезекте тұруға уақыт жоқ.",
        "Предлагаю добавить возможность подать уведомление через портал электронного правительства.",
    };

    private CrashSafetyNode() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]).toAbsolutePath();
        switch (args[0]) {
            case "load" -> load(dir, Integer.parseInt(args[2]));
            case "verify" -> System.exit(verify(dir) ? 0 : 1);
            default -> throw new IllegalArgumentException("load <dir> <clients> | verify <dir>");
        }
    }

    private static ConfigurableApplicationContext start(Path dir) {
        String[] props = {
            "spring.datasource.url=",
            "pikir.embedded-db.ephemeral=false",
            "pikir.embedded-db.data-dir=" + dir.resolve("pg"),
            "pikir.embedded-db.pool-size=40",
            "spring.jpa.properties.hibernate.search.backend.directory.root=" + dir.resolve("index"),
            "pikir.demo=false",
            "server.port=0",
            "spring.main.banner-mode=off",
            "logging.level.root=warn",
            "logging.level.org.pikir.bench=info",
        };
        String[] cli = java.util.Arrays.stream(props).map(p -> "--" + p).toArray(String[]::new);
        return new SpringApplicationBuilder(PikirApplication.class).run(cli);
    }

    // --- load ------------------------------------------------------------------------------------------------

    private static void load(Path dir, int clients) throws Exception {
        Files.createDirectories(dir);
        ConfigurableApplicationContext app = start(dir);
        ConsultationFixtures drafts = app.getBean(ConsultationFixtures.class);
        AccountFixtures accounts = app.getBean(AccountFixtures.class);
        PetitionFixtures petitions = app.getBean(PetitionFixtures.class);
        long agency = drafts.agency("KZ", "MVD");
        long draft = drafts.openDraft(accounts.official(agency), "Crash safety", 3);
        long[] articles = {drafts.articleId(draft, 0), drafts.articleId(draft, 1), drafts.articleId(draft, 2)};
        long petition = petitions.collecting(
                CountryCode.KZ,
                petitions.agency(CountryCode.KZ, AgencyKind.MINISTRY).getId(),
                "Crash safety petition",
                1_000_000);
        CommentService comments = app.getBean(CommentService.class);
        AppealService appeals = app.getBean(AppealService.class);
        PetitionService signing = app.getBean(PetitionService.class);
        List<Long> commentIds = java.util.Collections.synchronizedList(new ArrayList<>());
        Path acks = dir.resolve("acks");
        AtomicLong seq = new AtomicLong();
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);

        System.out.println("LOADING draft=" + draft + " petition=" + petition);
        System.out.flush();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = Thread.ofPlatform().name("client-" + c).start(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (true) {
                    PikirUser citizen = accounts.citizen("KZ");
                    long n = seq.incrementAndGet();
                    int op = random.nextInt(10);
                    String ack;
                    try {
                        if (op < 5 || commentIds.isEmpty()) {
                            String text = COMMENTS[random.nextInt(COMMENTS.length)]
                                    + (random.nextBoolean() ? "" : " (" + n + ")");
                            long id = TestUsers.as(
                                    citizen,
                                    () -> comments.submitComment(
                                            draft, articles[random.nextInt(articles.length)], text));
                            commentIds.add(id);
                            ack = "comment " + id;
                        } else if (op < 7) {
                            AppealForm form = new AppealForm(
                                    agency,
                                    CountryCode.KZ,
                                    AppealType.COMPLAINT,
                                    "Hot water " + n,
                                    "В нашем доме нет горячей воды уже третью неделю, просим принять меры. № " + n,
                                    ContactPreference.EMAIL,
                                    false,
                                    List.of(new AttachmentUpload("act-" + n + ".pdf", pdf)));
                            long id = TestUsers.as(citizen, () -> appeals.submit(form))
                                    .id();
                            ack = "appeal " + id + " " + citizen.accountId();
                        } else if (op < 8) {
                            TestUsers.as(citizen, () -> signing.sign(petition));
                            ack = "sign " + petition + " " + citizen.accountId();
                        } else {
                            long comment = commentIds.get(random.nextInt(commentIds.size()));
                            TestUsers.as(citizen, () -> {
                                comments.voteOnComment(comment, CommentVoteValue.AGREE);
                                return null;
                            });
                            ack = "vote " + comment + " " + citizen.accountId();
                        }
                    } catch (RuntimeException e) {
                        System.err.println("not acknowledged: " + e);
                        continue;
                    }
                    append(acks, ack);
                }
            });
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join(); // runs until the driver kills the process
        }
    }

    private static synchronized void append(Path acks, String line) {
        try {
            // write() has returned once this returns: a kill -9 cannot lose it (the OS holds it).
            Files.writeString(
                    acks,
                    line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // --- verify ----------------------------------------------------------------------------------------------

    private static boolean verify(Path dir) throws Exception {
        List<String> lines = Files.exists(dir.resolve("acks")) ? Files.readAllLines(dir.resolve("acks")) : List.of();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = start(dir)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            // Outstanding follow-up work is redelivered on start; wait until none is left (or give up after 4 min).
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            int open;
            while ((open = outstanding(jdbc)) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            // A start-up rebuild of the search index (when it is behind the table) runs in the background.
            jakarta.persistence.EntityManagerFactory factory =
                    app.getBean(jakarta.persistence.EntityManagerFactory.class);
            while (System.nanoTime() < deadline
                    && totalHits(factory) != count(jdbc, "select count(*) from search_document")) {
                Thread.sleep(500);
            }
            Thread.sleep(1_000);
            long waited = (System.nanoTime() - started) / 1_000_000;
            jakarta.persistence.EntityManagerFactory emf = app.getBean(jakarta.persistence.EntityManagerFactory.class);

            int lost = 0;
            int unprocessed = 0;
            int duplicates = 0;
            Map<String, Integer> kinds = new HashMap<>();
            List<String> problems = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.split(" ");
                kinds.merge(f[0], 1, Integer::sum);
                switch (f[0]) {
                    case "comment" -> {
                        long id = Long.parseLong(f[1]);
                        if (count(jdbc, "select count(*) from consultation_comment where id = ?", id) != 1) {
                            lost++;
                            problems.add("lost " + line);
                            continue;
                        }
                        int analysed = count(
                                jdbc,
                                "select count(*) from analysis_item where item_kind = 'comment' and item_id = ?"
                                        + " and lang is not null",
                                String.valueOf(id));
                        int mirrored = count(
                                jdbc,
                                "select count(*) from search_document where kind = 'comment' and ref_id = ?",
                                String.valueOf(id));
                        long found = searchHits(emf, "comment", String.valueOf(id));
                        if (analysed == 0 || mirrored == 0 || found == 0) {
                            unprocessed++;
                            problems.add("unprocessed " + line + " analysed=" + analysed + " mirrored=" + mirrored
                                    + " found=" + found);
                        } else if (analysed > 1 || mirrored > 1 || found > 1) {
                            duplicates++;
                            problems.add("duplicate " + line);
                        }
                    }
                    case "appeal" -> {
                        long id = Long.parseLong(f[1]);
                        if (count(jdbc, "select count(*) from appeal where id = ?", id) != 1
                                || count(jdbc, "select count(*) from appeal_attachment where appeal_id = ?", id) != 1) {
                            lost++;
                            problems.add("lost " + line);
                            continue;
                        }
                        int analysed = count(
                                jdbc,
                                "select count(*) from analysis_item where item_kind = 'appeal' and item_id = ?"
                                        + " and lang is not null",
                                String.valueOf(id));
                        int notified = count(
                                jdbc,
                                "select count(*) from notification where account_id = ? and link = ?"
                                        + " and subject_key = 'appeal.notify.registered.subject'",
                                Long.parseLong(f[2]),
                                "appeals/" + id);
                        if (analysed == 0 || notified == 0) {
                            unprocessed++;
                            problems.add("unprocessed " + line + " analysed=" + analysed + " notified=" + notified);
                        } else if (analysed > 1 || notified > 1) {
                            duplicates++;
                            problems.add("duplicate " + line);
                        }
                    }
                    case "sign" -> {
                        int n = count(
                                jdbc,
                                "select count(*) from petition_signature where petition_id = ? and account_id = ?",
                                Long.parseLong(f[1]),
                                Long.parseLong(f[2]));
                        if (n == 0) {
                            lost++;
                            problems.add("lost " + line);
                        }
                    }
                    case "vote" -> {
                        int n = count(
                                jdbc,
                                "select count(*) from comment_vote where comment_id = ? and account_id = ?",
                                Long.parseLong(f[1]),
                                Long.parseLong(f[2]));
                        if (n == 0) {
                            lost++;
                            problems.add("lost " + line);
                        }
                    }
                    default -> problems.add("unknown line " + line);
                }
            }
            // Counted signatures must equal the signature rows: a crash mid-way must not leave the tally off.
            Integer tally = jdbc.queryForObject(
                    "select coalesce(sum(signatures), 0) from petition_signature_tally", Integer.class);
            Integer rows = jdbc.queryForObject("select count(*) from petition_signature", Integer.class);
            if (!tally.equals(rows)) {
                duplicates++;
                problems.add("signature tally " + tally + " != signature rows " + rows);
            }
            problems.stream().limit(20).forEach(p -> System.out.println("  " + p));
            System.out.println("by kind " + kinds + "; outstanding publications after waiting: " + open
                    + "; restart to checked: " + waited + " ms");
            System.out.printf(
                    "acknowledged=%d lost=%d unprocessed=%d duplicates=%d%n",
                    lines.size(), lost, unprocessed, duplicates);
            return lost == 0 && unprocessed == 0 && duplicates == 0;
        }
    }

    private static int outstanding(JdbcTemplate jdbc) {
        return jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Integer.class);
    }

    private static int count(JdbcTemplate jdbc, String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static long totalHits(jakarta.persistence.EntityManagerFactory emf) {
        try (var em = emf.createEntityManager()) {
            return Search.session(em)
                    .search(SearchDocument.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        }
    }

    private static long searchHits(jakarta.persistence.EntityManagerFactory emf, String kind, String refId) {
        try (var em = emf.createEntityManager()) {
            return Search.session(em)
                    .search(SearchDocument.class)
                    .where(f -> f.and(
                            f.match().field("kind").matching(kind),
                            f.match().field("refId").matching(refId)))
                    .fetchTotalHitCount();
        }
    }
}
