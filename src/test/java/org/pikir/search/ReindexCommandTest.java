package org.pikir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.petition.PetitionFixtures;
import org.pikir.petition.PetitionService;
import org.pikir.search.SearchRecords.RebuildStatus;
import org.pikir.search.SearchRecords.SearchQuery;
import org.pikir.search.SearchRecords.Subscription;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@code reindex} command and the administrators' background rebuild. */
@IntegrationTest
class ReindexCommandTest {

    @Autowired
    ReindexCommand command;

    @Autowired
    SearchService search;

    @Autowired
    PetitionFixtures petitions;

    @Autowired
    PetitionService petitionService;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void theCommandRebuildsFromTheDatabaseAsTheSystemAndReportsTheCount() {
        String tag = SearchServiceIntegrationTest.tag();
        long petition = approvedBehindTheBack(tag);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = command.run(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        long rows = jdbc.queryForObject("select count(*) from search_document", Long.class);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("search index rebuilt: " + rows + " documents" + System.lineSeparator());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(search.search(SearchQuery.of(tag)).hits())
                .extracting(h -> h.refId())
                .containsExactly(Long.toString(petition));
        // It leaves no authentication behind on the calling thread.
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void theCommandLineNamesTheCommand() {
        assertThat(ReindexCommand.handles(new String[] {"reindex"})).isTrue();
        assertThat(ReindexCommand.handles(new String[] {"reindex", "--spring.profiles.active=prod"}))
                .isTrue();
        assertThat(ReindexCommand.handles(new String[] {})).isFalse();
        assertThat(ReindexCommand.handles(new String[] {"--server.port=9090"})).isFalse();
    }

    @Test
    void administratorsRebuildInTheBackgroundAndSeeItsProgress() throws Exception {
        String tag = SearchServiceIntegrationTest.tag();
        long petition = approvedBehindTheBack(tag);
        TestUsers.signInWithRoles("ADMIN");
        List<RebuildStatus> seen = new CopyOnWriteArrayList<>();
        Subscription subscription = search.onRebuildProgress(seen::add);
        try {
            RebuildStatus started = search.startRebuild();
            assertThat(started.phase())
                    .isIn(RebuildStatus.Phase.COLLECTING, RebuildStatus.Phase.INDEXING, RebuildStatus.Phase.DONE);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (search.rebuildStatus().running() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        } finally {
            subscription.cancel();
        }
        assertThat(search.rebuildStatus().phase()).isEqualTo(RebuildStatus.Phase.DONE);
        assertThat(seen)
                .extracting(RebuildStatus::phase)
                .contains(RebuildStatus.Phase.COLLECTING, RebuildStatus.Phase.INDEXING, RebuildStatus.Phase.DONE);
        assertThat(seen.getLast().percent()).isEqualTo(100);
        assertThat(search.search(SearchQuery.of(tag)).hits())
                .extracting(h -> h.refId())
                .containsExactly(Long.toString(petition));
    }

    /** A public petition the index never heard of (approved by SQL, as a data fix would). */
    private long approvedBehindTheBack(String tag) {
        var agency = petitions.agency(CountryCode.TJ, AgencyKind.GOVERNMENT);
        long id = petitions.pending(CountryCode.TJ, agency.getId(), "Water supply in the district " + tag);
        jdbc.update(
                "update petition set status = 'COLLECTING', moderated_at = now(), opened_at = now(),"
                        + " closes_at = now() + interval '30 days' where id = ?",
                id);
        return id;
    }
}
