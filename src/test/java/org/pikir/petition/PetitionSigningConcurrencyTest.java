package org.pikir.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.DomainException;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hundreds of threads sign one petition at once: the count is exact and the threshold fires once. */
@IntegrationTest
class PetitionSigningConcurrencyTest {

    private static final int SIGNERS = 300;
    // The threshold equals the final count, so the last signers race for it.
    private static final int THRESHOLD = SIGNERS;

    @Autowired
    PetitionService petitions;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    BulkSigners bulk;

    @Autowired
    SignatureLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void concurrentSignaturesAreCountedExactlyOnce() throws Exception {
        long agencyId = fixtures.agency(CountryCode.KZ, AgencyKind.GOVERNMENT).getId();
        long id = fixtures.collecting(CountryCode.KZ, agencyId, "Concurrent signing keeps exact counts", THRESHOLD);
        PikirUser official = accounts.official(agencyId);
        String prefix = "conc-" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(s -> bulk.create(prefix, "test.pikir", "KZ", SIGNERS, java.time.Instant.now()));
        List<PikirUser> signers = java.util.stream.IntStream.range(0, SIGNERS)
                .mapToObj(i -> accounts.load(prefix + "-" + i + "@test.pikir"))
                .toList();

        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refusedAsDuplicate = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(SIGNERS);
        try {
            // Every signer tries twice at the same moment: one attempt must win, the other be refused.
            for (PikirUser signer : signers) {
                for (int attempt = 0; attempt < 2; attempt++) {
                    pool.submit(() -> {
                        try {
                            start.await();
                            TestUsers.as(signer, () -> petitions.sign(id));
                            accepted.incrementAndGet();
                        } catch (DomainException e) {
                            if ("petition.sign.already".equals(e.messageKey())) {
                                refusedAsDuplicate.incrementAndGet();
                            } else {
                                unexpected.add(e);
                            }
                        } catch (Throwable e) {
                            unexpected.add(e);
                        }
                    });
                }
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        } finally {
            pool.shutdownNow();
        }

        assertThat(unexpected).isEmpty();
        assertThat(accepted.get()).isEqualTo(SIGNERS);
        assertThat(refusedAsDuplicate.get()).isEqualTo(SIGNERS);
        assertThat(ledger.countRows(id)).isEqualTo(SIGNERS);
        assertThat(ledger.count(id)).isEqualTo(SIGNERS);
        assertThat(petitions.details(id).signatures()).isEqualTo(SIGNERS);
        // Reached in a signing transaction or, if the last signers raced, by the after-commit recheck.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (petitions.details(id).petition().getStatus() != PetitionStatus.THRESHOLD_REACHED
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(petitions.details(id).petition().getStatus()).isEqualTo(PetitionStatus.THRESHOLD_REACHED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where account_id = ? and link = ?",
                        Integer.class,
                        official.accountId(),
                        "petition/" + id))
                .as("officials notified once")
                .isEqualTo(1);
    }
}
