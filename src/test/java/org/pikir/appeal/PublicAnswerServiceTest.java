package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.analysis.AnalysisService;
import org.pikir.appeal.AppealClusterService.AppealCampaign;
import org.pikir.appeal.PublicAnswerService.PublishedEntry;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.MutableClock;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Public answers on real PostgreSQL: officials publish them (written or from a campaign) for their own agency
 * only, citizens find them while writing in another of kk/ru/en, and nothing of any appeal reaches them.
 */
@IntegrationTest
class PublicAnswerServiceTest {

    static final String QUESTION_RU = "Когда восстановят подачу горячей воды после ремонта теплосети?";
    static final String ANSWER_RU = "Подачу горячей воды восстанавливают после гидравлических испытаний теплосети, "
            + "обычно в течение 14 дней; график отключений публикует акимат.";

    @Autowired
    PublicAnswerService answers;

    @Autowired
    AppealService appeals;

    @Autowired
    AppealClusterService clusters;

    @Autowired
    AppealStatisticsService statistics;

    @Autowired
    AnalysisService analysis;

    @Autowired
    AppealTestData data;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        TestUsers.signOut();
    }

    @Test
    void aWrittenAnswerIsPublishedSearchableAndSuggestedForAKazakhParaphrase() {
        Agency agency = data.ministry(CountryCode.KZ, 2);
        PikirUser official = accounts.official(agency.getId());
        long id = TestUsers.as(official, () -> answers.publish(written(QUESTION_RU, ANSWER_RU)));

        PublishedEntry entry = answers.published(id);
        assertThat(entry.country()).isEqualTo(CountryCode.KZ);
        assertThat(entry.agencyId()).isEqualTo(agency.getId());
        assertThat(entry.question()).isEqualTo(QUESTION_RU);
        assertThat(entry.legalBasis()).isEqualTo("Закон РК «О жилищных отношениях», ст. 10");
        assertThat(entry.languages()).containsExactly("ru");
        assertThat(entry.agencyName().ru()).isEqualTo(agency.getName().ru());

        // A citizen writes in Kazakh, keeping the Russian words everyone uses for it.
        PikirUser citizen = accounts.citizen("KZ");
        String kazakh = "Теплосеть жөндеуінен кейін үйде горячей воды жоқ, подачу қашан қосады?";
        List<PublishedEntry> suggested =
                TestUsers.as(citizen, () -> answers.suggest(CountryCode.KZ, agency.getId(), kazakh));
        assertThat(suggested).extracting(PublishedEntry::id).contains(id);
        assertThat(answers.suggest(CountryCode.KZ, null, kazakh))
                .as("the agency not chosen yet")
                .extracting(PublishedEntry::id)
                .contains(id);
        assertThat(answers.suggest(CountryCode.UZ, null, kazakh))
                .as("another country")
                .extracting(PublishedEntry::id)
                .doesNotContain(id);
        assertThat(answers.suggest(CountryCode.KZ, agency.getId(), "Прошу установить светофор у школы"))
                .extracting(PublishedEntry::id)
                .doesNotContain(id);
        assertThat(answers.suggest(CountryCode.KZ, agency.getId(), kazakh + " горячей воды теплосети"))
                .hasSizeLessThanOrEqualTo(PublicAnswerService.MAX_SUGGESTIONS);

        assertThat(answers.search(CountryCode.KZ, agency.getId(), "горячая вода теплосеть", 0, 10))
                .extracting(PublishedEntry::id)
                .contains(id);
        assertThat(answers.count(CountryCode.KZ, agency.getId(), null)).isPositive();
        assertThat(answers.search(CountryCode.KZ, agency.getId(), null, 0, 100))
                .extracting(PublishedEntry::id)
                .contains(id);
    }

    @Test
    void anEnglishQuestionFindsARussianAnswerWhereTheWordsOverlap() {
        Agency agency = data.ministry(CountryCode.KZ, 3);
        PikirUser official = accounts.official(agency.getId());
        long id = TestUsers.as(
                official,
                () -> answers.publish(new PublicAnswerForm(
                        "Как получить справку eGov о регистрации по месту жительства?",
                        "Справку о регистрации выдаёт портал eGov онлайн, бесплатно, по ЭЦП.",
                        null,
                        List.of("ru"),
                        null,
                        null)));
        List<PublishedEntry> found =
                answers.suggest(CountryCode.KZ, agency.getId(), "How do I get an eGov справку about my регистрации?");
        assertThat(found).extracting(PublishedEntry::id).contains(id);
    }

    @Test
    void onlyOfficialsOfTheAgencyMayPublishEditOrWithdraw() {
        Agency agency = data.ministry(CountryCode.KZ, 4);
        Agency other = data.ministry(CountryCode.KZ, 5);
        PikirUser official = accounts.official(agency.getId());
        PikirUser stranger = accounts.official(other.getId());
        PikirUser citizen = accounts.citizen("KZ");
        long id = TestUsers.as(official, () -> answers.publish(written(QUESTION_RU, ANSWER_RU)));

        assertThatThrownBy(() -> TestUsers.as(citizen, () -> answers.publish(written(QUESTION_RU, ANSWER_RU))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> answers.publish(written(QUESTION_RU, ANSWER_RU)))
                .as("anonymous")
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as(citizen, () -> {
                    answers.withdraw(id);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as(stranger, () -> {
                    answers.withdraw(id);
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as(stranger, () -> {
                    answers.edit(id, written("Другой вопрос о воде", "Другой ответ"));
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as(stranger, () -> answers.agencyAnswer(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(TestUsers.as(stranger, () -> answers.agencyAnswers(0, 100)))
                .extracting(PublicAnswerService.AgencyAnswer::id)
                .doesNotContain(id);
        // An official who publishes always publishes for their own agency.
        long theirs = TestUsers.as(stranger, () -> answers.publish(written("Вопрос о дорогах", "Ответ о дорогах")));
        assertThat(answers.published(theirs).agencyId()).isEqualTo(other.getId());

        assertThat(answers.published(id).question()).isEqualTo(QUESTION_RU);
    }

    @Test
    void invalidFormsAreRefusedWithFieldErrors() {
        PikirUser official = accounts.official(data.ministry(CountryCode.KZ, 4).getId());
        assertThatThrownBy(() -> TestUsers.as(
                        official, () -> answers.publish(new PublicAnswerForm(" ", "", null, List.of(), null, null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("question", "answer", "languages"));
        assertThatThrownBy(() -> TestUsers.as(
                        official,
                        () -> answers.publish(new PublicAnswerForm("Q words", "A", null, List.of("de"), null, null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("languages"));
        assertThatThrownBy(() -> TestUsers.as(
                        official,
                        () -> answers.publish(new PublicAnswerForm(
                                "Q words", "A", null, List.of("ru"), PublicAnswerSource.CAMPAIGN, null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("source"));
    }

    @Test
    void aWithdrawnAnswerIsNeitherShownNorSuggestedUntilPublishedAgain() {
        Agency agency = data.ministry(CountryCode.KZ, 6);
        PikirUser official = accounts.official(agency.getId());
        long id = TestUsers.as(official, () -> answers.publish(written(QUESTION_RU, ANSWER_RU)));
        TestUsers.as(official, () -> {
            answers.withdraw(id);
            return null;
        });
        assertThat(TestUsers.as(official, () -> answers.agencyAnswer(id)).status())
                .isEqualTo(PublicAnswerStatus.WITHDRAWN);
        assertThatThrownBy(() -> answers.published(id)).isInstanceOf(NotFoundException.class);
        assertThat(answers.search(CountryCode.KZ, agency.getId(), null, 0, 100))
                .extracting(PublishedEntry::id)
                .doesNotContain(id);
        assertThat(answers.suggest(CountryCode.KZ, agency.getId(), QUESTION_RU))
                .extracting(PublishedEntry::id)
                .doesNotContain(id);
        PikirUser citizen = accounts.citizen("KZ");
        assertThatThrownBy(() -> TestUsers.as(citizen, () -> {
                    answers.answeredMyQuestion(id);
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as(official, () -> {
                    answers.withdraw(id);
                    return null;
                }))
                .isInstanceOf(org.pikir.shared.DomainException.class);

        // Edited while withdrawn, it is found by its new words once published again.
        TestUsers.as(official, () -> {
            answers.edit(id, written("Когда включат отопление в многоквартирных домах?", "С 15 октября."));
            answers.republish(id);
            return null;
        });
        assertThat(answers.published(id).question()).startsWith("Когда включат отопление");
        assertThat(answers.suggest(CountryCode.KZ, agency.getId(), "Когда в домах включат отопление?"))
                .extracting(PublishedEntry::id)
                .contains(id);
        assertThat(answers.suggest(CountryCode.KZ, agency.getId(), QUESTION_RU))
                .extracting(PublishedEntry::id)
                .doesNotContain(id);
    }

    @Test
    void answeredBeforeAskingIsCountedOncePerCitizenForTheAnswersAgency() {
        Agency agency = data.ministry(CountryCode.KZ, 7);
        Agency other = data.ministry(CountryCode.KZ, 8);
        PikirUser official = accounts.official(agency.getId());
        PikirUser otherOfficial = accounts.official(other.getId());
        clock.set(Instant.parse("2026-06-10T06:00:00Z"));
        LocalDate day = LocalDate.of(2026, 6, 10);
        long before =
                TestUsers.as(official, () -> statistics.statistics(day, day)).answeredBeforeAsking();
        long otherBefore = TestUsers.as(otherOfficial, () -> statistics.statistics(day, day))
                .answeredBeforeAsking();
        long id = TestUsers.as(official, () -> answers.publish(written(QUESTION_RU, ANSWER_RU)));

        PikirUser first = accounts.citizen("KZ");
        PikirUser second = accounts.citizen("KZ");
        TestUsers.as(first, () -> {
            answers.answeredMyQuestion(id);
            answers.answeredMyQuestion(id);
            return null;
        });
        TestUsers.as(second, () -> {
            answers.answeredMyQuestion(id);
            return null;
        });
        assertThatThrownBy(() -> answers.answeredMyQuestion(id))
                .as("anonymous")
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);

        assertThat(TestUsers.as(official, () -> statistics.statistics(day, day)).answeredBeforeAsking())
                .isEqualTo(before + 2);
        assertThat(TestUsers.as(otherOfficial, () -> statistics.statistics(day, day))
                        .answeredBeforeAsking())
                .isEqualTo(otherBefore);
        assertThat(TestUsers.as(official, () -> statistics.statistics(day.plusDays(1), day.plusDays(1)))
                        .answeredBeforeAsking())
                .as("another period")
                .isZero();
        // Nothing was sent as an appeal.
        assertThat(TestUsers.as(first, () -> appeals.myAppeals(org.springframework.data.domain.PageRequest.of(0, 5))))
                .isEmpty();
    }

    @Test
    void suggestionsNeverShowAnotherCitizensUnpublishedAppeal() {
        Agency agency = data.ministry(CountryCode.KZ, 9);
        PikirUser author = accounts.citizen("KZ");
        String secret = "Меня зовут Гульнара Секретбаева, прошу проверить начисления за горячую воду в квартире 17.";
        TestUsers.as(
                author,
                () -> appeals.submit(AppealTestData.form(agency, "Начисления за горячую воду", secret, List.of())));
        PikirUser official = accounts.official(agency.getId());
        long id = TestUsers.as(
                official,
                () -> answers.publish(written(
                        "Как проверить начисления за горячую воду?",
                        "Начисления за горячую воду можно проверить в личном кабинете поставщика или в ЦОН.")));

        PikirUser another = accounts.citizen("KZ");
        List<PublishedEntry> found =
                TestUsers.as(another, () -> answers.suggest(CountryCode.KZ, agency.getId(), secret));
        assertThat(found).extracting(PublishedEntry::id).contains(id);
        assertThat(found)
                .allSatisfy(e -> assertThat(List.of(e.question(), e.answer(), String.valueOf(e.legalBasis())))
                        .noneMatch(t -> t.contains("Секретбаева") || t.contains("квартире 17")));
        List<PublishedEntry> searched = answers.search(CountryCode.KZ, null, "Секретбаева", 0, 100);
        assertThat(searched).isEmpty();
    }

    @Test
    void anAnswerPublishedFromACampaignLinksItButCopiesNoneOfItsAppeals() throws Exception {
        Agency agency = data.ministry(CountryCode.KZ, 10);
        PikirUser official = accounts.official(agency.getId());
        String letter = "В нашем доме по улице Абая 150 уже третью неделю нет горячей воды. Управляющая компания "
                + "не отвечает на звонки, соседи моются холодной водой. Просим срочно восстановить подачу горячей воды.";
        long[] ids = new long[3];
        for (int i = 0; i < ids.length; i++) {
            PikirUser author = accounts.citizen("KZ");
            ids[i] = TestUsers.as(
                            author,
                            () -> appeals.submit(AppealTestData.form(
                                    agency, "Горячая вода", letter + " С уважением, Ержан Кампаниев.", List.of())))
                    .id();
        }
        awaitAnalysed(ids);
        long run = TestUsers.as(official, () -> clusters.recluster());
        org.pikir.analysis.AnalysisWaits.until(
                "recluster done",
                () -> TestUsers.as(official, () -> clusters.reclusterStatus(run))
                        .finished());
        AppealCampaign campaign = TestUsers.as(official, () -> clusters.clusters()).campaigns().stream()
                .filter(c -> c.members().stream().anyMatch(m -> m.appealId() == ids[0]))
                .findFirst()
                .orElseThrow();

        PublicAnswerForm draft =
                TestUsers.as(official, () -> answers.draftFrom(PublicAnswerSource.CAMPAIGN, campaign.key()));
        assertThat(draft.source()).isEqualTo(PublicAnswerSource.CAMPAIGN);
        assertThat(draft.sourceKey()).isEqualTo(campaign.key());
        assertThat(draft.languages()).containsExactly("ru");
        assertThat(draft.question())
                .as("the draft copies no appellant's text: the official writes the question")
                .doesNotContain("Абая")
                .doesNotContain("Кампаниев");

        long id = TestUsers.as(
                official,
                () -> answers.publish(new PublicAnswerForm(
                        "Когда восстановят горячую воду после отключения?",
                        "Подачу горячей воды восстанавливают в течение 14 дней после испытаний.",
                        "",
                        draft.languages(),
                        draft.source(),
                        draft.sourceKey())));
        PublicAnswerService.AgencyAnswer mine = TestUsers.as(official, () -> answers.agencyAnswer(id));
        assertThat(mine.source()).isEqualTo(PublicAnswerSource.CAMPAIGN);
        assertThat(mine.sourceKey()).isEqualTo(campaign.key());
        assertThat(mine.legalBasis()).isNull();

        PikirUser another = accounts.citizen("KZ");
        List<PublishedEntry> found =
                TestUsers.as(another, () -> answers.suggest(CountryCode.KZ, agency.getId(), letter));
        assertThat(found).extracting(PublishedEntry::id).contains(id);
        assertThat(found)
                .allSatisfy(e -> assertThat(e.question() + e.answer() + e.legalBasis())
                        .doesNotContain("Абая")
                        .doesNotContain("Кампаниев"));

        // Another agency's official cannot draft from this campaign, a citizen not at all.
        PikirUser stranger = accounts.official(data.ministry(CountryCode.KZ, 1).getId());
        assertThatThrownBy(() ->
                        TestUsers.as(stranger, () -> answers.draftFrom(PublicAnswerSource.CAMPAIGN, campaign.key())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TestUsers.as(another, () -> answers.draftFrom(PublicAnswerSource.CAMPAIGN, "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void awaitAnalysed(long... ids) throws InterruptedException {
        org.pikir.analysis.AnalysisWaits.until(
                "appeals analysed",
                () -> java.util.Arrays.stream(ids)
                        .allMatch(id ->
                                analysis.assignment(AppealAnalysis.item(id)).isPresent()));
    }

    private static PublicAnswerForm written(String question, String answer) {
        return new PublicAnswerForm(
                question, answer, "Закон РК «О жилищных отношениях», ст. 10", List.of("ru"), null, null);
    }

    static Instant at(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
