package org.pikir.appeal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (run by bench/appeal-inbox.sh only): one agency with 100,000 appeals; server time of
 * the inbox queries an official's screen makes, of the statistics page, and of a submission with a 5 MB PDF.
 * Figures go to target/bench/appeal-inbox.txt.
 */
@IntegrationTest
class AppealInboxBench {

    static final int APPEALS = 100_000;
    static final int RUNS = 30;

    @Autowired
    AppealService appeals;

    @Autowired
    AppealInboxService inbox;

    @Autowired
    AppealStatisticsService statistics;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AppealTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void inboxAtScale() throws IOException {
        Agency agency = data.ministry(CountryCode.KZ, 8);
        PikirUser official = accounts.official(agency.getId());
        PikirUser citizen = accounts.citizen("KZ");
        long started = System.nanoTime();
        fill(agency.getId(), citizen.accountId(), official.accountId());
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        // what autovacuum does after a bulk load (it would, at a moment of its choosing, in the middle of the runs):
        // visibility map for index-only scans, statistics, and the trigram indexes' pending list merged
        jdbc.execute("vacuum analyze appeal");
        jdbc.execute("vacuum analyze appeal_event");

        List<String> lines = new ArrayList<>();
        lines.add("Appeal inbox benchmark: one agency with %,d appeals (%,d events), %d runs each after 5 warm-ups"
                .formatted(
                        APPEALS,
                        jdbc.queryForObject(
                                "select count(*) from appeal_event where agency_id = ?", Long.class, agency.getId()),
                        RUNS));
        lines.add("bulk insert: %.1f s".formatted(fillSeconds));
        TestUsers.signIn(official);
        InboxFilter all = InboxFilter.all();
        InboxFilter overdue = new InboxFilter(null, null, null, InboxFilter.DueFilter.OVERDUE, null, false, null);
        InboxFilter search = new InboxFilter(null, null, null, InboxFilter.DueFilter.ANY, null, false, "zebra");
        InboxFilter status = new InboxFilter(
                AppealStatus.IN_PROGRESS, AppealType.COMPLAINT, "ru", InboxFilter.DueFilter.ANY, null, false, null);
        lines.add(measure("inbox first page (50, by due date) + count", () -> {
            inbox.inbox(all, PageRequest.of(0, 50));
            return inbox.count(all);
        }));
        lines.add(measure("inbox page 100 (offset 5,000)", () -> inbox.inbox(all, PageRequest.of(100, 50))));
        lines.add(measure("inbox overdue filter + count", () -> {
            inbox.inbox(overdue, PageRequest.of(0, 50));
            return inbox.count(overdue);
        }));
        lines.add(measure("inbox status+type+language filter + count", () -> {
            inbox.inbox(status, PageRequest.of(0, 50));
            return inbox.count(status);
        }));
        lines.add(measure("inbox text search (substring in text) + count", () -> {
            inbox.inbox(search, PageRequest.of(0, 50));
            return inbox.count(search);
        }));
        lines.add(measure(
                "agency statistics, one year",
                () -> statistics.statistics(LocalDate.now().minusYears(1), LocalDate.now())));
        TestUsers.signIn(citizen);
        byte[] pdf = AppealFiles.pdfOfSize(5 * 1024 * 1024);
        lines.add(measure(
                "submit with one 5 MB PDF (commit included)",
                () -> appeals.submit(AppealTestData.form(
                        agency,
                        "bench",
                        "Benchmark submission text.",
                        List.of(new AttachmentUpload("scan.pdf", pdf))))));
        TestUsers.signOut();

        Path out = Path.of("target", "bench", "appeal-inbox.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        lines.forEach(System.out::println);
    }

    private static String measure(String name, Supplier<?> action) {
        for (int i = 0; i < 5; i++) {
            action.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            action.get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return String.format(
                Locale.ROOT,
                "%-48s median %7.1f ms   p95 %7.1f ms   max %7.1f ms",
                name,
                nanos[RUNS / 2] / 1e6,
                nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
                nanos[RUNS - 1] / 1e6);
    }

    /** Inserts the appeals and their registration/answer events with plain JDBC batches. */
    private void fill(long agencyId, long authorId, long officialId) {
        Random random = new Random(7);
        String[] statuses = {"REGISTERED", "IN_PROGRESS", "IN_PROGRESS", "ANSWERED", "ANSWERED", "ANSWERED", "DISMISSED"
        };
        String[] types = {"REQUEST", "COMPLAINT", "PROPOSAL", "ENQUIRY", "FEEDBACK"};
        String[] languages = {"kk", "ru", "ru", "en", "uz"};
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < APPEALS; i++) {
            Instant registered = now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
            Instant due = registered.plus(Duration.ofDays(21));
            String st = statuses[random.nextInt(statuses.length)];
            boolean closed = st.equals("ANSWERED") || st.equals("DISMISSED");
            rows.add(new Object[] {
                "KZ-2098-%07d".formatted(i + agencyId * 1_000_000L % 9_000_000),
                agencyId,
                agencyId,
                authorId,
                types[random.nextInt(types.length)],
                "Subject " + i,
                "Appeal text number " + i + (i % 1000 == 0 ? " zebra crossing is missing" : " about the street lights"),
                languages[random.nextInt(languages.length)],
                st,
                st.equals("IN_PROGRESS") ? officialId : null,
                Timestamp.from(registered),
                Timestamp.from(registered),
                Timestamp.from(due),
                closed ? Timestamp.from(registered.plus(Duration.ofDays(random.nextInt(30)))) : null
            });
            if (rows.size() == 5000) {
                insert(rows);
                rows.clear();
            }
        }
        insert(rows);
        jdbc.update("""
                insert into appeal_event (appeal_id, kind, at, agency_id, due_at)
                select id, 'REGISTERED', registered_at, agency_id, due_at from appeal where number like 'KZ-2098-%'""");
        jdbc.update("""
                insert into appeal_event (appeal_id, kind, at, actor_id, agency_id, due_at, period_start)
                select id, 'ANSWERED', closed_at, ?, agency_id, due_at, period_start from appeal
                where number like 'KZ-2098-%' and status = 'ANSWERED'""", officialId);
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into appeal (number, country_code, agency_id, original_agency_id, author_id, type, subject, text,
                                    language, contact_preference, publish_anonymised, status, assignee_id,
                                    registered_at, period_start, due_at, closed_at)
                values (?, 'KZ', ?, ?, ?, ?, ?, ?, ?, 'EMAIL', false, ?, ?, ?, ?, ?, ?)""", rows);
    }
}
