package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.country.CountryCode;
import org.pikir.country.ParticipationCounter;
import org.pikir.country.ParticipationKind;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.DomainException;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.MutableClock;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

@IntegrationTest
class DraftLawServiceTest {

    @Autowired
    DraftLawService service;

    @Autowired
    ConsultationQueries queries;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    List<ParticipationCounter> counters;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.signOut();
    }

    @Test
    void createDraftStoresVersionOneForTheOfficialsAgencyAndKeepsItPrivateUntilOpened() {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long id = TestUsers.as(official, () -> service.createDraft(ConsultationFixtures.form("Registration", 3)));

        ConsultationQueries.DraftDetail detail = TestUsers.as(official, () -> queries.draft(id));
        assertThat(detail.status()).isEqualTo(DraftStatus.DRAFT);
        assertThat(detail.country()).isEqualTo(CountryCode.KZ);
        assertThat(detail.articles())
                .extracting(ConsultationQueries.ArticleEntry::number)
                .containsExactly("1", "2", "3");
        assertThat(detail.timeline())
                .extracting(ConsultationQueries.TimelineEntry::kind)
                .containsExactly("CREATED");
        assertThat(detail.canManage()).isTrue();

        PikirUser citizen = accounts.citizen("KZ");
        assertThatThrownBy(() -> TestUsers.as(citizen, () -> queries.draft(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.draft(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyOfficialsOfTheDraftingAgencyManageIt() {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        PikirUser other = accounts.official(fixtures.agency("KZ", "MF"));
        PikirUser citizen = accounts.citizen("KZ");
        long id = fixtures.openDraft(official, "Managed", 2);

        assertThatThrownBy(() -> TestUsers.as(other, () -> {
                    service.closeConsultation(id);
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey")
                .isEqualTo("error.accessDenied");
        assertThatThrownBy(() -> TestUsers.as(citizen, () -> service.createDraft(ConsultationFixtures.form("x", 1))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void invalidFormsComeBackWithFieldErrors() {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        DraftForm empty = new DraftForm(null, " ", null, null, null, null, null, null, null, null, List.of());
        assertThatThrownBy(() -> TestUsers.as(official, () -> service.createDraft(empty)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsKeys(
                                        "policyArea", "titleKk", "titleRu", "summaryKk", "summaryRu", "articles"));
    }

    @Test
    void theWindowMustLastTheCountrysMinimumPeriod() {
        // Kazakhstan: 10 working days (reference data V2)
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long id = TestUsers.as(official, () -> service.createDraft(ConsultationFixtures.form("Window", 1)));
        Instant monday = Instant.parse("2026-03-02T04:00:00Z");
        clock.set(monday);
        assertThatThrownBy(() -> TestUsers.as(official, () -> {
                    service.openConsultation(id, monday, monday.plus(Duration.ofDays(7)));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("closesAt").key())
                                .isEqualTo("consultation.error.tooShortWorking"));
        assertThatThrownBy(() -> TestUsers.as(official, () -> {
                    service.openConsultation(id, monday, monday.minusSeconds(60));
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);

        TestUsers.as(official, () -> {
            service.openConsultation(id, monday, monday.plus(Duration.ofDays(21)));
            return null;
        });
        assertThat(TestUsers.as(official, () -> queries.draft(id)).status()).isEqualTo(DraftStatus.OPEN);
    }

    @Test
    void lifecycleAllowsOnlyItsTransitions() {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long id = TestUsers.as(official, () -> service.createDraft(ConsultationFixtures.form("Lifecycle", 1)));
        assertThatThrownBy(() -> TestUsers.as(official, () -> {
                    service.closeConsultation(id);
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .extracting("messageKey")
                .isEqualTo("consultation.error.transition");
        assertThatThrownBy(() -> TestUsers.as(official, () -> {
                    service.adopt(id);
                    return null;
                }))
                .isInstanceOf(DomainException.class);
        TestUsers.as(official, () -> {
            service.withdraw(id);
            return null;
        });
        assertThatThrownBy(() -> TestUsers.as(official, () -> {
                    service.withdraw(id);
                    return null;
                }))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void publishingVersionTwoRecordsEveryArticleChange() {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        long id = fixtures.openDraft(official, "Versions", 3);
        assertThatThrownBy(() -> TestUsers.as(
                        official, () -> service.publishNewVersion(id, ConsultationFixtures.form("v2", 3), null)))
                .isInstanceOf(DomainException.class);
        TestUsers.as(official, () -> {
            service.closeConsultation(id);
            return null;
        });

        List<ConsultationQueries.ArticleEntry> v1 = TestUsers.as(official, () -> queries.articles(id, 1));
        List<ArticleForm> edited = new ArrayList<>();
        ConsultationQueries.ArticleEntry first = v1.get(0);
        edited.add(new ArticleForm(
                first.ref(),
                "1",
                null,
                "Глава 1",
                null,
                null,
                "Статья 1",
                null,
                "Жаңа мәтін",
                "Новый текст статьи о регистрации мигрантов",
                null));
        ConsultationQueries.ArticleEntry second = v1.get(1);
        edited.add(new ArticleForm(
                second.ref(),
                second.number(),
                second.chapter().kk(),
                second.chapter().ru(),
                null,
                second.heading().kk(),
                second.heading().ru(),
                second.heading().en(),
                second.text().kk(),
                second.text().ru(),
                second.text().en()));
        edited.add(new ArticleForm(null, "4", null, null, null, null, null, null, "Қосымша", "Дополнительная", null));
        DraftForm v2 =
                new DraftForm(PolicyArea.MIGRATION, "t kk", "t ru", null, "s", "s", null, null, null, null, edited);

        int number = TestUsers.as(official, () -> service.publishNewVersion(id, v2, "Учтены замечания"));

        assertThat(number).isEqualTo(2);
        ConsultationQueries.DraftDetail detail = queries.draft(id);
        assertThat(detail.status()).isEqualTo(DraftStatus.NEW_VERSION_PUBLISHED);
        assertThat(detail.currentVersion()).isEqualTo(2);
        assertThat(detail.timeline())
                .extracting(ConsultationQueries.TimelineEntry::kind)
                .contains("VERSION_PUBLISHED", "ARTICLE_CHANGED", "ARTICLE_ADDED", "ARTICLE_REMOVED");
        var changes = queries.changes(id, 1, 2);
        assertThat(changes)
                .extracting(ConsultationQueries.ArticleChange::kind)
                .containsExactly(
                        ConsultationQueries.ChangeKind.CHANGED, ConsultationQueries.ChangeKind.UNCHANGED,
                        ConsultationQueries.ChangeKind.ADDED, ConsultationQueries.ChangeKind.REMOVED);
        assertThat(changes.getLast().before().number()).isEqualTo("3");

        // version 2 can go out for another round
        TestUsers.as(official, () -> {
            service.openConsultation(id, Instant.now(), Instant.now().plus(Duration.ofDays(30)));
            return null;
        });
        assertThat(queries.draft(id).status()).isEqualTo(DraftStatus.OPEN);
    }

    @Test
    void expiredWindowsAreClosedAndCountedAsOpenOnlyWhileOpen() {
        PikirUser official = accounts.official(fixtures.agency("UZ", "DIGITAL"));
        long id = fixtures.openDraft(official, "Expiring", 1);
        ParticipationCounter counter = counters.stream()
                .filter(c -> c.kind() == ParticipationKind.OPEN_CONSULTATIONS)
                .findFirst()
                .orElseThrow();
        long before = counter.countByCountry().getOrDefault(CountryCode.UZ, 0L);
        assertThat(before).isPositive();

        clock.advance(Duration.ofDays(46));
        // other tests' UZ drafts may expire too; ours certainly no longer counts
        assertThat(counter.countByCountry().getOrDefault(CountryCode.UZ, 0L)).isLessThanOrEqualTo(before - 1);
        assertThat(service.closeExpired()).isPositive();
        assertThat(queries.draft(id).status()).isEqualTo(DraftStatus.CLOSED);
    }

    @Test
    void importMergesLanguagesByArticleNumberAndReportsGaps() {
        PikirUser official = accounts.official(fixtures.agency("KZ", "MVD"));
        String kk = "1-тарау. Жалпы ережелер\n1-бап. Мақсаты\nМәтін бір.\n2-бап. Ұғымдар\nМәтін екі.\n";
        String ru =
                "Глава 1. Общие положения\nСтатья 1. Цель\nТекст один.\nСтатья 2. Понятия\nТекст два.\nСтатья 3. Сроки\nТекст три.\n";
        ImportPreview preview = TestUsers.as(official, () -> service.importText(kk, ru, ""));
        assertThat(preview.articles()).extracting(ArticleForm::number).containsExactly("1", "2", "3");
        assertThat(preview.articles().getFirst().headingKk()).isEqualTo("Мақсаты");
        assertThat(preview.articles().getFirst().textRu()).isEqualTo("Текст один.");
        assertThat(preview.articles().getFirst().chapterRu()).isEqualTo("1. Общие положения");
        assertThat(preview.counts()).containsEntry("kk", 2).containsEntry("ru", 3);
        assertThat(preview.missing()).containsExactly("3:kk");
    }
}
