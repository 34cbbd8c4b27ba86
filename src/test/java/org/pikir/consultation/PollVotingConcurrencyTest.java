package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A thousand citizens vote in one poll at once through the service, each also changing the vote while a second
 * request of the same person sends the final choice concurrently: one ballot per person, exact totals, and the
 * breakdown by country of residence adds up.
 */
@IntegrationTest
class PollVotingConcurrencyTest {

    private static final int VOTERS = 1000;
    private static final String[] RESIDENCES = {"KZ", "RU", "TR", "DE"};

    @Autowired
    PollService polls;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    PollFixtures pollFixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentVotesAndChangesAreCountedExactly() throws Exception {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long draft = fixtures.openDraft(official, "Concurrent poll", 1);
        long poll = pollFixtures.openPoll(official, draft, false, PollVisibility.LIVE, "one", "two", "three");
        List<Long> options = pollFixtures.options(official, draft, poll);
        List<PikirUser> voters = createVoters(VOTERS);

        // voter i first picks option i % 3, then settles on (i * 7) % 3; a second request sends the final choice
        long[] expected = new long[3];
        Map<String, long[]> expectedByCountry = new HashMap<>();
        for (int i = 0; i < VOTERS; i++) {
            expected[(i * 7 + 1) % 3]++;
            expectedByCountry.computeIfAbsent(residence(i), k -> new long[3])[(i * 7 + 1) % 3]++;
        }
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        try {
            for (int i = 0; i < VOTERS; i++) {
                PikirUser voter = voters.get(i);
                long first = options.get(i % 3);
                long last = options.get((i * 7 + 1) % 3);
                pool.submit(() -> run(start, unexpected, () -> {
                    TestUsers.as(voter, () -> {
                        polls.vote(poll, Set.of(first));
                        polls.vote(poll, Set.of(last));
                        return null;
                    });
                }));
                pool.submit(() -> run(
                        start,
                        unexpected,
                        () -> TestUsers.as(voter, () -> {
                            polls.vote(poll, Set.of(last));
                            return null;
                        })));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        } finally {
            pool.shutdownNow();
        }

        assertThat(unexpected).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from poll_vote where poll_id = ?", Long.class, poll))
                .isEqualTo(VOTERS);
        assertThat(jdbc.queryForObject("select count(*) from poll_vote_choice where poll_id = ?", Long.class, poll))
                .as("one choice per voter of a single-choice poll")
                .isEqualTo(VOTERS);
        assertThat(jdbc.queryForObject(
                        "select count(*) from (select account_id from poll_vote_choice where poll_id = ? "
                                + "group by account_id having count(*) > 1) d",
                        Long.class,
                        poll))
                .isZero();
        PollResults results =
                TestUsers.as(official, () -> polls.publicResults(draft)).getFirst();
        assertThat(results.voters()).isEqualTo(new PollCount(VOTERS, false));
        for (int o = 0; o < 3; o++) {
            assertThat(results.options().get(o).votes()).isEqualTo(new PollCount(expected[o], false));
        }
        for (PollResults.CountryRow row : results.byResidence()) {
            long[] want = expectedByCountry.get(row.country());
            long voterCount = want[0] + want[1] + want[2];
            if (!row.voters().suppressed()) {
                assertThat(row.voters().value()).isEqualTo(voterCount);
            }
            for (int o = 0; o < 3; o++) {
                PollCount got = row.votes().get(o);
                assertThat(got.suppressed() || got.value() == want[o]).isTrue();
                if (want[o] < 5) {
                    assertThat(got.suppressed())
                            .as(row.country() + " option " + o)
                            .isTrue();
                }
            }
        }
        assertThat(results.byResidence())
                .extracting(PollResults.CountryRow::country)
                .containsExactly("KZ", "RU", "TR", "DE");
    }

    /** Residence of voter i: 3 live in Germany, 47 in Türkiye, 150 in Russia, the rest in Kazakhstan. */
    private static String residence(int i) {
        if (i < 3) {
            return RESIDENCES[3];
        }
        if (i < 50) {
            return RESIDENCES[2];
        }
        if (i < 200) {
            return RESIDENCES[1];
        }
        return RESIDENCES[0];
    }

    private List<PikirUser> createVoters(int count) {
        String prefix = "pollconc-" + UUID.randomUUID().toString().substring(0, 8);
        Timestamp at = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {prefix + "-" + i + "@test.pikir", "Voter " + i, residence(i), at, at});
        }
        jdbc.batchUpdate("""
                insert into user_account (email, password_hash, display_name, residence_country, citizenship,
                        preferred_language, verification, verified_at, verified_by, created_at)
                values (?, '{noop}unused', ?, ?, 'KZ', 'ru', 'VERIFIED', ?, 'test', ?)""", rows);
        jdbc.update(
                "insert into user_role (user_id, role) select id, 'CITIZEN' from user_account where email like ?",
                prefix + "-%@test.pikir");
        List<PikirUser> voters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            voters.add(accounts.load(prefix + "-" + i + "@test.pikir"));
        }
        return voters;
    }

    private static void run(CountDownLatch start, ConcurrentLinkedQueue<Throwable> unexpected, Runnable work) {
        try {
            start.await();
            work.run();
        } catch (Throwable e) {
            unexpected.add(e);
        }
    }
}
