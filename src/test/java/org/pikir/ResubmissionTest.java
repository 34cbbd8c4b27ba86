package org.pikir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.appeal.AppealForm;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AppealType;
import org.pikir.appeal.ContactPreference;
import org.pikir.appeal.SubmittedAppeal;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.petition.PetitionFixtures;
import org.pikir.petition.PetitionForm;
import org.pikir.petition.PetitionService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A form sent again with the same submission id (its answer was lost on a dropped connection, the person
 * reloaded and pressed send once more) is recognised by the services: one comment, reply, appeal or petition
 * is stored, and the resend gets the first one's acknowledgement. Another person, another id or another text
 * is a new submission.
 */
@IntegrationTest
class ResubmissionTest {

    @Autowired
    CommentService comments;

    @Autowired
    AppealService appeals;

    @Autowired
    PetitionService petitions;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    PetitionFixtures petitionFixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aCommentSentTwiceWithTheSameSubmissionIdIsStoredOnce() {
        long draft = consultations.openDraft(
                accounts.official(consultations.agency("KZ", "MVD")), "Resubmitted comments", 2);
        long article = consultations.articleId(draft, 0);
        PikirUser citizen = accounts.citizen("KZ");
        UUID sid = UUID.randomUUID();
        String text = "Бұл бапта тіркеу мерзімін он күнге дейін ұзарту керек деп ойлаймын.";

        long first = TestUsers.as(citizen, () -> comments.submitComment(draft, article, text, sid));
        long again = TestUsers.as(citizen, () -> comments.submitComment(draft, article, "  " + text + " ", sid));

        assertThat(again).isEqualTo(first);
        assertThat(commentsOn(draft)).isEqualTo(1);

        // the same id with another text (a second tab that edited the restored draft) is a new comment
        long edited = TestUsers.as(citizen, () -> comments.submitComment(draft, article, text + " Және ақысыз.", sid));
        assertThat(edited).isNotEqualTo(first);
        // another person's id is never theirs to match, and a fresh id is a fresh comment
        PikirUser other = accounts.citizen("KZ");
        long others = TestUsers.as(other, () -> comments.submitComment(draft, article, text, sid));
        long fresh = TestUsers.as(citizen, () -> comments.submitComment(draft, article, text, UUID.randomUUID()));
        assertThat(List.of(others, fresh)).doesNotContain(first, edited);
        // without an id (the API, older clients) nothing is deduplicated
        TestUsers.as(citizen, () -> comments.submitComment(draft, article, text));
        assertThat(commentsOn(draft)).isEqualTo(5);
    }

    @Test
    void aReplySentTwiceWithTheSameSubmissionIdIsStoredOnce() {
        long draft =
                consultations.openDraft(accounts.official(consultations.agency("KZ", "MVD")), "Resubmitted replies", 1);
        PikirUser author = accounts.citizen("KZ");
        long parent = TestUsers.as(
                author, () -> comments.submitComment(draft, null, "The whole draft needs a plain-language summary."));
        PikirUser replier = accounts.citizen("KZ");
        UUID sid = UUID.randomUUID();

        long first = TestUsers.as(replier, () -> comments.reply(parent, "Agreed, and in Kazakh too.", sid));
        long again = TestUsers.as(replier, () -> comments.reply(parent, "Agreed, and in Kazakh too.", sid));

        assertThat(again).isEqualTo(first);
        assertThat(commentsOn(draft)).isEqualTo(2);
        assertThat(notificationsOf(author)).isEqualTo(1);
    }

    @Test
    void anAppealSentTwiceWithTheSameSubmissionIdIsRegisteredOnceWithOneNumber() {
        PikirUser citizen = accounts.citizen("KZ");
        Agency agency = petitionFixtures.agency(CountryCode.KZ, AgencyKind.MINISTRY);
        UUID sid = UUID.randomUUID();
        AppealForm form = new AppealForm(
                agency.getId(),
                CountryCode.KZ,
                AppealType.REQUEST,
                "Bus stop without a shelter",
                "The bus stop at the hospital has no shelter; patients wait in the rain.",
                ContactPreference.EMAIL,
                false,
                List.of());

        SubmittedAppeal first = TestUsers.as(citizen, () -> appeals.submit(form, sid));
        SubmittedAppeal again = TestUsers.as(citizen, () -> appeals.submit(form, sid));

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select count(*) from appeal where author_id = ?", Long.class, citizen.accountId()))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from appeal_event where appeal_id = ?", Long.class, first.id()))
                .isEqualTo(1L);
    }

    @Test
    void aPetitionSentTwiceWithTheSameSubmissionIdIsStoredOnce() {
        PikirUser citizen = accounts.citizen("KZ");
        Agency agency = petitionFixtures.agency(CountryCode.KZ, AgencyKind.GOVERNMENT);
        PetitionForm form =
                petitionFixtures.form(CountryCode.KZ, agency.getId(), "Shade at bus stops " + UUID.randomUUID());
        UUID sid = UUID.randomUUID();

        long first = TestUsers.as(citizen, () -> petitions.submit(form, sid));
        long again = TestUsers.as(citizen, () -> petitions.submit(form, sid));
        long other = TestUsers.as(citizen, () -> petitions.submit(form, UUID.randomUUID()));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select count(*) from petition where author_id = ?", Long.class, citizen.accountId()))
                .isEqualTo(2L);
    }

    private long commentsOn(long draft) {
        return jdbc.queryForObject("select count(*) from consultation_comment where draft_id = ?", Long.class, draft);
    }

    private long notificationsOf(PikirUser person) {
        return jdbc.queryForObject(
                "select count(*) from notification where account_id = ?", Long.class, person.accountId());
    }
}
