package org.pikir.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pikir.shared.HostileAssertions.assertStoredSafely;
import static org.pikir.shared.HostileAssertions.expect;
import static org.pikir.shared.HostileAssertions.plainText;
import static org.pikir.shared.HostileAssertions.rejected;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.Hostile;
import org.pikir.shared.HostileAssertions.Outcome;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Hostile input on petitions: title, text, requested action, rejection note, signing, the public list's search. */
@IntegrationTest
class HostileInputPetitionTest {

    private static final String TITLE = "Free public transport for pupils";
    private static final String TEXT =
            "Pupils travel far to school every day and the fares take a large part of what families earn.";
    private static final String ACTION = "Make bus rides free for pupils";

    @Autowired
    PetitionService petitions;

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    private Agency agency;
    private PikirUser citizen;

    @BeforeEach
    void citizen() {
        agency = fixtures.agency(CountryCode.KZ, AgencyKind.MINISTRY);
        citizen = accounts.citizen("KZ");
        TestUsers.signIn(citizen);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private long mine() {
        return jdbc.queryForObject(
                "select count(*) from petition where author_id = ?", Long.class, citizen.accountId());
    }

    /** Petitions refuse markup (never rendered, but unreadable) on top of the plain-text rules. */
    private static Outcome expected(Hostile payload, int max) {
        return payload == Hostile.SCRIPT_TAG ? rejected("petition.error.html") : plainText(payload, max);
    }

    private Petition submit(PetitionForm form, Outcome outcome, String field) {
        long before = mine();
        Long id = expect(outcome, field, () -> petitions.submit(form));
        if (id == null) {
            assertThat(mine()).as("nothing saved").isEqualTo(before);
            return null;
        }
        return petitions.details(id).petition();
    }

    @ParameterizedTest(name = "title: {0}")
    @EnumSource(Hostile.class)
    void title(Hostile payload) {
        String typed = payload.in(TITLE);
        Petition p = submit(
                new PetitionForm(CountryCode.KZ, agency.getId(), typed, TEXT, ACTION),
                expected(payload, PetitionService.TITLE_MAX),
                "title");
        if (p != null) {
            assertStoredSafely(p.getTitle(), typed);
        }
    }

    @ParameterizedTest(name = "text: {0}")
    @EnumSource(Hostile.class)
    void text(Hostile payload) {
        String typed = payload.in(TEXT);
        Petition p = submit(
                new PetitionForm(CountryCode.KZ, agency.getId(), TITLE, typed, ACTION),
                expected(payload, PetitionService.TEXT_MAX),
                "text");
        if (p != null) {
            assertStoredSafely(p.getText(), typed);
        }
    }

    @ParameterizedTest(name = "requested action: {0}")
    @EnumSource(Hostile.class)
    void requestedAction(Hostile payload) {
        String typed = payload.in(ACTION);
        Petition p = submit(
                new PetitionForm(CountryCode.KZ, agency.getId(), TITLE, TEXT, typed),
                expected(payload, PetitionService.ACTION_MAX),
                "requestedAction");
        if (p != null) {
            assertStoredSafely(p.getRequestedAction(), typed);
        }
    }

    @ParameterizedTest(name = "rejection note: {0}")
    @EnumSource(Hostile.class)
    void rejectionNote(Hostile payload) {
        long id = petitions.submit(new PetitionForm(CountryCode.KZ, agency.getId(), TITLE, TEXT, ACTION));
        String typed = payload.in("Outside the powers of this agency");
        TestUsers.signIn(accounts.moderator(CountryCode.KZ));
        Boolean done = expect(expected(payload, PetitionService.NOTE_MAX), "note", () -> {
            petitions.reject(id, new RejectionForm(RejectionReason.OTHER, typed));
            return true;
        });
        Petition p = petitions.details(id).petition();
        if (done == null) {
            assertThat(p.getStatus()).as("still pending").isEqualTo(PetitionStatus.PENDING);
        } else {
            assertStoredSafely(p.getRejectionNote(), typed);
        }
    }

    /** A signature carries only the petition id: ids that name nothing are "not found" and add no row. */
    @ParameterizedTest(name = "signature on id {0}")
    @ValueSource(longs = {0, -1, Long.MAX_VALUE, Long.MIN_VALUE})
    void signatureOnAnIdThatNamesNothing(long id) {
        long before = jdbc.queryForObject(
                "select count(*) from petition_signature where account_id = ?", Long.class, citizen.accountId());
        expect(rejected("error.notFound"), null, () -> petitions.sign(id));
        assertThat(jdbc.queryForObject(
                        "select count(*) from petition_signature where account_id = ?",
                        Long.class,
                        citizen.accountId()))
                .isEqualTo(before);
    }

    @Test
    void signatureOnAPendingPetitionIsNotFoundAndTwiceIsRefused() {
        long pending = petitions.submit(new PetitionForm(CountryCode.KZ, agency.getId(), TITLE, TEXT, ACTION));
        TestUsers.signIn(accounts.citizen("KZ"));
        expect(rejected("error.notFound"), null, () -> petitions.sign(pending));
        long open = fixtures.collecting(CountryCode.KZ, agency.getId(), TITLE, 100);
        assertThat(petitions.sign(open)).isEqualTo(1);
        expect(rejected("petition.sign.already"), null, () -> petitions.sign(open));
        assertThat(petitions.details(open).signatures()).isEqualTo(1);
    }

    /** The list search is full text on words: operators never reach to_tsquery, a text without words finds nothing. */
    @ParameterizedTest(name = "list search: {0}")
    @EnumSource(Hostile.class)
    void listSearch(Hostile payload) {
        List<PetitionSummary> found = expect(
                org.pikir.shared.HostileAssertions.stored(),
                "text",
                () -> petitions.search(new PetitionFilter(null, null, payload.value(), null), 0, 50));
        if (payload == Hostile.NUL_BYTE || payload == Hostile.SCRIPT_TAG) {
            // words only: "before after", "script alert x …" — every hit has them, no operator got through
            assertThat(found).allSatisfy(p -> assertThat(p.status()).isNotEqualTo(PetitionStatus.PENDING));
        }
    }

    @Test
    void aSearchWithoutWordsIsNotAWildcard() {
        fixtures.collecting(CountryCode.KZ, agency.getId(), "Fix the 100% tariff rise", 100);
        for (String text : List.of("%", "_", "\\", "%_%", "*", "':*|!")) {
            assertThat(petitions.search(new PetitionFilter(null, null, text, null), 0, 50))
                    .as(text)
                    .isEmpty();
        }
        assertThat(petitions.search(new PetitionFilter(null, null, "100% tariff", null), 0, 50))
                .extracting(PetitionSummary::title)
                .contains("Fix the 100% tariff rise");
    }
}
