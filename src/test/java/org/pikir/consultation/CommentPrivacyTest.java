package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.AccountService;
import org.pikir.account.AuthorName;
import org.pikir.account.NameDisplay;
import org.pikir.account.PikirUser;
import org.pikir.account.ProfileForm;
import org.pikir.consultation.ConsultationQueries.CommentEntry;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who reads what of a comment: the public the author's chosen name form and the masked text, the author the original
 * text, the draft's officials and moderators the full name and the original; a hidden comment has no author for the
 * public; the choice is made on the profile and applies to earlier comments.
 */
@IntegrationTest
class CommentPrivacyTest {

    private static final String PHONE = "+998 90 123-45-67";

    @Autowired
    CommentService comments;

    @Autowired
    ConsultationQueries queries;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    AccountService accountService;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private CommentEntry only(long draft, long article) {
        List<CommentEntry> items =
                queries.comments(draft, article, CommentSort.NEWEST, 0, 10).items();
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    @Test
    void thePublicSeesInitialsAndMaskedTextTheAuthorTheOriginalTheOfficialTheFullName() {
        PikirUser official = accounts.official(fixtures.agency("UZ", "JUSTICE"));
        long draft = fixtures.openDraft(official, "Privacy of comments", 1);
        long article = fixtures.articleId(draft, 0);
        PikirUser author = accounts.citizen("UZ");
        jdbc.update("update user_account set display_name = 'Дилноза Каримова' where id = ?", author.accountId());
        TestUsers.as(author, () -> comments.submitComment(draft, article, "Мой телефон " + PHONE + ", статья 5."));

        CommentEntry anonymousView = only(draft, article);
        assertThat(anonymousView.author()).isEqualTo(new AuthorName("Д. К.", null));
        assertThat(anonymousView.body()).isEqualTo("Мой телефон [phone], статья 5.");

        CommentEntry otherCitizen = TestUsers.as(accounts.citizen("UZ"), () -> only(draft, article));
        assertThat(otherCitizen.body()).contains("[phone]");
        assertThat(otherCitizen.author().name()).isEqualTo("Д. К.");

        CommentEntry own = TestUsers.as(author, () -> only(draft, article));
        assertThat(own.body()).contains(PHONE);

        CommentEntry officials = TestUsers.as(official, () -> only(draft, article));
        assertThat(officials.body()).contains(PHONE);
        assertThat(officials.author().name()).isEqualTo("Дилноза Каримова");

        CommentEntry moderators = TestUsers.as(accounts.moderator(CountryCode.UZ), () -> only(draft, article));
        assertThat(moderators.author().name()).isEqualTo("Дилноза Каримова");

        // the API's list is the public view whoever asks
        CommentEntry api =
                TestUsers.as(official, () -> queries.allComments(draft, 0, 10).getFirst());
        assertThat(api.body()).doesNotContain(PHONE);
        assertThat(api.author().name()).isEqualTo("Д. К.");
    }

    @Test
    void theChoiceOnTheProfileAppliesToEarlierCommentsAndAHiddenCommentHasNoAuthor() {
        PikirUser official = accounts.official(fixtures.agency("KG", "JUSTICE"));
        long draft = fixtures.openDraft(official, "Name choice", 1);
        long article = fixtures.articleId(draft, 0);
        PikirUser author = accounts.citizen("KG");
        long id = TestUsers.as(author, () -> comments.submitComment(draft, article, "Согласен с проектом."));
        assertThat(only(draft, article).author().name()).isEqualTo("T. C.");

        TestUsers.as(author, () -> {
            accountService.updateProfile(new ProfileForm("Test citizen", "KG", "KG", "ru", NameDisplay.ANONYMOUS));
            return null;
        });
        AuthorName anonymous = only(draft, article).author();
        assertThat(anonymous.anonymous()).isTrue();
        assertThat(anonymous.country()).isEqualTo("KG");
        assertThat(anonymous.label(java.util.Locale.ENGLISH, c -> "Resident of " + c))
                .isEqualTo("Resident of Kyrgyzstan");

        TestUsers.as(author, () -> {
            accountService.updateProfile(new ProfileForm("Test citizen", "KG", "KG", "ru", NameDisplay.FULL));
            return null;
        });
        assertThat(only(draft, article).author().name()).isEqualTo("Test citizen");
        // leaving the choice out (an older form) keeps it
        TestUsers.as(author, () -> {
            accountService.updateProfile(new ProfileForm("Test citizen", "KG", "KG", "ru"));
            return null;
        });
        assertThat(only(draft, article).author().name()).isEqualTo("Test citizen");

        TestUsers.as(accounts.moderator(CountryCode.KG), () -> {
            comments.hideComment(id, "off topic");
            return null;
        });
        CommentEntry hidden = only(draft, article);
        assertThat(hidden.author().none()).isTrue();
        assertThat(hidden.body()).isNull();
        assertThat(queries.allComments(draft, 0, 10).getFirst().author().none()).isTrue();
    }

    @Test
    void initialsTakeTheFirstLetterOfUpToThreeWords() {
        assertThat(AuthorName.of("Асель Нурланова", NameDisplay.INITIALS, "KZ").name())
                .isEqualTo("А. Н.");
        assertThat(AuthorName.of("олжас сулейменов-младший ерлан бек", NameDisplay.INITIALS, "KZ")
                        .name())
                .isEqualTo("О. С. М.");
        assertThat(AuthorName.of("Asel", (NameDisplay) null, "KZ").name()).isEqualTo("A.");
        assertThat(AuthorName.of("Asel", "NONSENSE", "KZ").name())
                .as("unknown column value: the default")
                .isEqualTo("A.");
    }
}
