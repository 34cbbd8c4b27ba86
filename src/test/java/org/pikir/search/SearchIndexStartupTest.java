package org.pikir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.petition.PetitionFixtures;
import org.pikir.search.SearchRecords.RebuildStatus;
import org.pikir.search.SearchRecords.SearchQuery;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A first start (demo data written partly without events) or an upgrade that changed the documents ends searchable:
 * the start-up runner rebuilds when the index was never built with the current shape, and only then.
 */
@IntegrationTest
class SearchIndexStartupTest {

    @Autowired
    SearchIndexRebuilder rebuilder;

    @Autowired
    SearchService search;

    @Autowired
    PetitionFixtures petitions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    jakarta.persistence.EntityManager em;

    @Autowired
    SearchBackend backend;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    SearchTestSupport index;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void rebuildsInTheBackgroundWhenTheIndexWasNeverBuiltWithTheCurrentShape() throws Exception {
        String tag = SearchServiceIntegrationTest.tag();
        var agency = petitions.agency(CountryCode.KG, AgencyKind.GOVERNMENT);
        long id = petitions.pending(CountryCode.KG, agency.getId(), "Written like demo data " + tag);
        jdbc.update(
                "update petition set status = 'COLLECTING', moderated_at = now(), opened_at = now(),"
                        + " closes_at = now() + interval '30 days' where id = ?",
                id);
        jdbc.update("delete from job_marker where name = ?", SearchIndexRebuilder.MARKER);
        SearchIndexStartup startup = new SearchIndexStartup(rebuilder, jdbc, tx, em, backend, true);
        assertThat(startup.reason()).isEqualTo("never built with the current document shape");

        startup.run(new DefaultApplicationArguments());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (rebuilder.status().running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        assertThat(rebuilder.status().phase()).isEqualTo(RebuildStatus.Phase.DONE);
        assertThat(search.search(SearchQuery.of(tag)).hits())
                .extracting(h -> h.refId())
                .containsExactly(Long.toString(id));
        assertThat(startup.reason()).isNull();
    }

    @Test
    void rebuildsWhenTheIndexIsBehindTheTableAsAfterAKilledProcess() throws Exception {
        String tag = SearchServiceIntegrationTest.tag();
        var agency = petitions.agency(CountryCode.KG, AgencyKind.GOVERNMENT);
        long id = petitions.collecting(CountryCode.KG, agency.getId(), "Lost by the index " + tag, 10);
        rebuilder.rebuildNow(); // built with the current shape, whatever the other tests did to the marker
        Long docId = null;
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (docId == null && Instant.now().isBefore(until)) {
            docId = jdbc.query(
                    "select id from search_document where kind = 'petition' and ref_id = ?",
                    rs -> rs.next() ? rs.getLong(1) : null,
                    Long.toString(id));
            Thread.sleep(100);
        }
        assertThat(docId).as("the petition's document row").isNotNull();
        long lost = docId;
        // The row stays, the index forgets it: what a kill -9 before the index's commit leaves behind.
        tx.executeWithoutResult(s -> Search.session(em).indexingPlan().purge(SearchDocument.class, lost, null));
        SearchIndexStartup startup = new SearchIndexStartup(rebuilder, jdbc, tx, em, backend, true);
        assertThat(startup.reason()).startsWith("the index "); // "holds n documents, the table m", or "is empty"

        startup.run(new DefaultApplicationArguments());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (rebuilder.status().running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(search.search(SearchQuery.of(tag)).hits())
                .extracting(h -> h.refId())
                .containsExactly(Long.toString(id));
    }

    @Test
    void aNodeThatFindsAnotherRebuildingLeavesItAndUpdatesWaitForIt() throws Exception {
        jdbc.update("delete from job_marker where name = ?", SearchIndexRebuilder.MARKER);
        SearchIndexStartup startup = new SearchIndexStartup(rebuilder, jdbc, tx, em, backend, true);
        RebuildStatus before = rebuilder.status();
        String tag = SearchServiceIntegrationTest.tag();
        Thread update;
        // "Another node" rebuilding: it holds the index lock on its own database session.
        try (Connection other = dataSource.getConnection()) {
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, SearchIndexWriter.LOCK_KEY);
                lock.execute();
            }
            startup.run(new DefaultApplicationArguments());
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (rebuilder.status().running() && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertThat(rebuilder.status()).as("skipped: back to where it was").isEqualTo(before);
            assertThat(startup.reason()).isEqualTo("never built with the current document shape");

            update = new Thread(() -> index.put(
                    SearchKind.COMMENT,
                    tag,
                    "KZ",
                    "en",
                    null,
                    null,
                    "Written during a rebuild " + tag,
                    "u",
                    Instant.parse("2026-04-01T10:00:00Z")));
            update.start();
            update.join(1500);
            assertThat(update.isAlive())
                    .as("the update waits for the other node's rebuild")
                    .isTrue();
            // The other node's rebuild ends (a pooled connection outlives close(), so unlock explicitly).
            try (PreparedStatement unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, SearchIndexWriter.LOCK_KEY);
                unlock.execute();
            }
        }
        update.join(30_000);
        assertThat(update.isAlive()).isFalse();
        assertThat(search.search(SearchQuery.of(tag)).hits()).hasSize(1);

        startup.run(new DefaultApplicationArguments());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (rebuilder.status().running() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(rebuilder.status().phase()).isEqualTo(RebuildStatus.Phase.DONE);
        assertThat(startup.reason()).isNull();
    }

    @Test
    void doesNothingWhenSwitchedOff() {
        jdbc.update("delete from job_marker where name = ?", SearchIndexRebuilder.MARKER);
        RebuildStatus before = rebuilder.status();
        new SearchIndexStartup(rebuilder, jdbc, tx, em, backend, false).run(new DefaultApplicationArguments());
        assertThat(rebuilder.status()).isEqualTo(before);
    }
}
