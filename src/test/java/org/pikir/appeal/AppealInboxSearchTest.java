package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
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
 * The inbox text filter is a case-insensitive substring match on number, subject and text, in every script the
 * appeals are written in; the trigram indexes of V790 must not change which appeals it finds, only how fast.
 */
@IntegrationTest
class AppealInboxSearchTest {

    @Autowired
    AppealService appeals;

    @Autowired
    AppealInboxService inbox;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AppealTestData data;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        TestUsers.signOut();
    }

    @Test
    void cyrillicAndKazakhLettersMatchInEitherCase() {
        Agency agency = data.ministry(CountryCode.KZ, 5);
        String tag = tag();
        SubmittedAppeal russian = submit(agency, "Жалоба на ЖКХ " + tag, "Во дворе не горят фонари.");
        SubmittedAppeal kazakh = submit(agency, "Әкімдікке өтініш " + tag, "Көшедегі шамдар жанбайды, ҮЙ ЖАНЫНДА.");
        SubmittedAppeal other = submit(agency, "Street lights " + tag, "Nothing in Cyrillic here.");
        TestUsers.signIn(accounts.official(agency.getId()));

        assertThat(found("жалоба на жкх " + tag)).containsExactly(russian.id());
        assertThat(found("ЖАЛОБА НА ЖКХ " + tag.toUpperCase(java.util.Locale.ROOT)))
                .containsExactly(russian.id());
        assertThat(found("ӘКІМДІККЕ ӨТІНІШ " + tag)).containsExactly(kazakh.id());
        // in the text, in the middle of a word, typed in the other case
        assertThat(found("үй жанында")).contains(kazakh.id()).doesNotContain(russian.id(), other.id());
        assertThat(found("ОРЯТ ФОНАР")).contains(russian.id()).doesNotContain(kazakh.id(), other.id());
    }

    @Test
    void anAppealNumberIsFoundWholeOrByItsBeginningAndASubstringStaysASubstring() {
        Agency agency = data.ministry(CountryCode.KZ, 5);
        String tag = tag();
        SubmittedAppeal first = submit(agency, "Potholes " + tag, "The road to the school.");
        SubmittedAppeal second = submit(agency, "Zebra crossing " + tag, "Paint the zebra again.");
        TestUsers.signIn(accounts.official(agency.getId()));

        assertThat(found(first.number())).containsExactly(first.id());
        assertThat(found(first.number().toLowerCase(java.util.Locale.ROOT))).containsExactly(first.id());
        String prefix = first.number().substring(0, first.number().length() - 1);
        assertThat(found(prefix)).contains(first.id());
        assertThat(found(prefix)).allSatisfy(id -> assertThat(number(id)).startsWith(prefix));
        // the middle of a word, not only its beginning (a word search would miss this)
        assertThat(found("EBRA CROSSING " + tag)).containsExactly(second.id());
        assertThat(found("otholes " + tag)).containsExactly(first.id());
    }

    @Test
    void nothingMatchesGivesAnEmptyPageAndAZeroCount() {
        Agency agency = data.ministry(CountryCode.KZ, 5);
        submit(agency, "Noise at night " + tag(), "Loud music after midnight.");
        TestUsers.signIn(accounts.official(agency.getId()));
        InboxFilter filter = filter("no-such-word-" + tag());

        assertThat(inbox.inbox(filter, PageRequest.of(0, 50))).isEmpty();
        assertThat(inbox.count(filter)).isZero();
    }

    @Test
    void theCountIsExactAndEqualsTheMatchingRows() {
        Agency agency = data.ministry(CountryCode.KZ, 5);
        String tag = tag();
        for (int i = 0; i < 3; i++) {
            submit(agency, "Мусор во дворе " + tag, "Контейнеры переполнены " + i);
        }
        submit(agency, "Other " + tag, "Unrelated.");
        TestUsers.signIn(accounts.official(agency.getId()));
        InboxFilter filter = filter("МУСОР ВО ДВОРЕ " + tag);

        assertThat(inbox.count(filter)).isEqualTo(3);
        assertThat(inbox.inbox(filter, PageRequest.of(0, 2)).getTotalElements()).isEqualTo(3);
    }

    @Test
    void theTrigramIndexesExistWhereTheDatabaseHasPgTrgm() {
        boolean available = jdbc.queryForObject(
                "select exists (select 1 from pg_available_extensions where name = 'pg_trgm')", Boolean.class);
        Integer indexes = jdbc.queryForObject(
                "select count(*) from pg_indexes where tablename = 'appeal' and indexname like 'appeal_%_trgm_idx'",
                Integer.class);
        // the embedded PostgreSQL of the tests ships pg_trgm; an external database without it has no index
        assertThat(indexes).isEqualTo(available ? 3 : 0);
    }

    private List<Long> found(String text) {
        return inbox.inbox(filter(text), PageRequest.of(0, 50)).stream()
                .map(AppealSummary::id)
                .toList();
    }

    private String number(long id) {
        return jdbc.queryForObject("select number from appeal where id = ?", String.class, id);
    }

    private static InboxFilter filter(String text) {
        return new InboxFilter(null, null, null, InboxFilter.DueFilter.ANY, null, false, text);
    }

    private SubmittedAppeal submit(Agency agency, String subject, String text) {
        PikirUser citizen = accounts.citizen("KZ");
        return TestUsers.as(citizen, () -> appeals.submit(AppealTestData.form(agency, subject, text, List.of())));
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }
}
