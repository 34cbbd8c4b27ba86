package org.pikir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.appeal.AppealForm;
import org.pikir.appeal.AppealInboxService;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AppealType;
import org.pikir.appeal.ContactPreference;
import org.pikir.appeal.PublishedAnswers;
import org.pikir.consultation.ArticleForm;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.consultation.DraftForm;
import org.pikir.consultation.DraftLawService;
import org.pikir.consultation.PolicyArea;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.petition.PetitionFixtures;
import org.pikir.petition.PetitionService;
import org.pikir.petition.RejectionForm;
import org.pikir.petition.RejectionReason;
import org.pikir.petition.ResponseDecision;
import org.pikir.petition.ResponseForm;
import org.pikir.search.SearchRecords.SearchHit;
import org.pikir.search.SearchRecords.SearchQuery;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Every kind of public content reaches the index through its owning module's service and events, leaves it when it
 * stops being public, and is regenerated from the database by a rebuild.
 */
@IntegrationTest
class PublicContentSearchTest {

    @Autowired
    SearchService search;

    @Autowired
    SearchTestSupport index;

    @Autowired
    DraftLawService drafts;

    @Autowired
    CommentService comments;

    @Autowired
    ConsultationQueries consultations;

    @Autowired
    ConsultationFixtures consultationFixtures;

    @Autowired
    PetitionService petitions;

    @Autowired
    PetitionFixtures petitionFixtures;

    @Autowired
    AppealService appeals;

    @Autowired
    AppealInboxService inbox;

    @Autowired
    PublishedAnswers publishedAnswers;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void draftsAndTheirArticlesAreFoundOncePublishedAndFollowNewVersions() {
        String tag = SearchServiceIntegrationTest.tag();
        PikirUser official = accounts.official(consultationFixtures.agency("KZ", "MVD"));
        long draft = TestUsers.as(official, () -> drafts.createDraft(draftForm(tag, null)));
        index.awaitIndexing();
        assertThat(hits(tag)).as("an unpublished draft is not public").isEmpty();

        TestUsers.as(official, () -> {
            drafts.openConsultation(
                    draft, Instant.now().minusSeconds(1), Instant.now().plus(Duration.ofDays(45)));
            return null;
        });
        index.awaitIndexing();
        List<SearchHit> draftHits = hits(tag, SearchKind.DRAFT, null);
        assertThat(draftHits).extracting(SearchHit::lang).containsExactlyInAnyOrder("kk", "ru", "en");
        assertThat(draftHits).allSatisfy(h -> {
            assertThat(h.url()).isEqualTo("consultations/" + draft);
            assertThat(h.country()).isEqualTo("KZ");
        });
        assertThat(draftHits).extracting(SearchHit::title).contains("Тіркеу туралы " + tag, "О регистрации " + tag);
        // Russian stemming on an article: "регистрацию" finds "регистрации".
        List<SearchHit> article = hits("регистрацию " + tag, SearchKind.ARTICLE, "ru");
        assertThat(article).extracting(SearchHit::url).containsExactly("consultations/" + draft + "?article=1");
        assertThat(article.getFirst().context()).isEqualTo("О регистрации " + tag);
        assertThat(hits("removedword" + tag)).hasSize(3);

        // Version 2 changes article 1 and drops article 2: the index follows.
        String tag2 = SearchServiceIntegrationTest.tag();
        TestUsers.as(official, () -> {
            drafts.closeConsultation(draft);
            List<ArticleForm> v2 = new ArrayList<>();
            var v1 = consultations.articles(draft, 1);
            v2.add(new ArticleForm(
                    v1.getFirst().ref(),
                    "1",
                    null,
                    null,
                    null,
                    "Бап",
                    "Статья",
                    "Article",
                    "Жаңа мәтін " + tag2,
                    "Новый текст " + tag2,
                    "New text " + tag2));
            drafts.publishNewVersion(draft, draftForm(tag, v2), "Учтены замечания");
            return null;
        });
        index.awaitIndexing();
        assertThat(hits("removedword" + tag)).isEmpty();
        assertThat(hits(tag2, SearchKind.ARTICLE, null))
                .hasSize(3)
                .allSatisfy(h -> assertThat(h.url()).isEqualTo("consultations/" + draft + "?article=1"));
        assertThat(hits(tag, SearchKind.DRAFT, null)).hasSize(3);
    }

    @Test
    void commentsAreFoundWithTheirCountryAndLeaveWhileHidden() {
        String tag = SearchServiceIntegrationTest.tag();
        PikirUser official = accounts.official(consultationFixtures.agency("KZ", "MVD"));
        long draft = consultationFixtures.openDraft(official, "Search comments " + tag, 2);
        long article = consultationFixtures.articleId(draft, 1);
        PikirUser citizen = accounts.citizen("KZ");
        long onDraft = TestUsers.as(
                citizen,
                () -> comments.submitComment(
                        draft, null, "Предлагаю продлить срок регистрации мигрантов до пятнадцати дней " + tag));
        long onArticle = TestUsers.as(
                citizen, () -> comments.submitComment(draft, article, "Мерзімді ұзарту керек, үш күн аз " + tag));
        index.awaitIndexing();

        List<SearchHit> found = hits(tag, SearchKind.COMMENT, null);
        assertThat(found)
                .extracting(SearchHit::refId)
                .containsExactlyInAnyOrder(Long.toString(onDraft), Long.toString(onArticle));
        assertThat(found).allSatisfy(h -> {
            assertThat(h.country()).isEqualTo("KZ");
            assertThat(h.title()).isNull();
            assertThat(h.context()).startsWith("Search comments " + tag);
        });
        assertThat(found)
                .extracting(SearchHit::url)
                .containsExactlyInAnyOrder("consultations/" + draft, "consultations/" + draft + "?article=2");
        assertThat(hits("мигрант " + tag)).extracting(SearchHit::lang).containsExactly("ru");

        PikirUser moderator = accounts.moderator(CountryCode.KZ);
        TestUsers.as(moderator, () -> {
            comments.hideComment(onDraft, "Off topic");
            return null;
        });
        index.awaitIndexing();
        assertThat(hits(tag, SearchKind.COMMENT, null))
                .extracting(SearchHit::refId)
                .containsExactly(Long.toString(onArticle));

        TestUsers.as(moderator, () -> {
            comments.restoreComment(onDraft);
            return null;
        });
        index.awaitIndexing();
        assertThat(hits(tag, SearchKind.COMMENT, null)).hasSize(2);

        String edited = SearchServiceIntegrationTest.tag();
        TestUsers.as(citizen, () -> {
            comments.editComment(onArticle, "Мерзім жеткілікті " + edited);
            return null;
        });
        index.awaitIndexing();
        assertThat(hits(edited)).extracting(SearchHit::refId).containsExactly(Long.toString(onArticle));
        assertThat(hits(tag, SearchKind.COMMENT, null))
                .extracting(SearchHit::refId)
                .containsExactly(Long.toString(onDraft));
    }

    @Test
    void petitionsAreFoundAfterModerationWithTheirResponseAndNeverWhenRejected() {
        String tag = SearchServiceIntegrationTest.tag();
        Agency agency = petitionFixtures.agency(CountryCode.KG, AgencyKind.GOVERNMENT);
        long approved = petitionFixtures.pending(CountryCode.KG, agency.getId(), "Shade at bus stops " + tag);
        long rejected = petitionFixtures.pending(CountryCode.KG, agency.getId(), "Offensive petition " + tag);
        index.awaitIndexing();
        assertThat(hits(tag)).as("pending petitions are not public").isEmpty();

        PikirUser moderator = accounts.moderator(CountryCode.KG);
        TestUsers.as(moderator, () -> {
            petitions.approve(approved);
            petitions.reject(rejected, new RejectionForm(RejectionReason.OFFENSIVE, null));
            return null;
        });
        index.awaitIndexing();
        List<SearchHit> found = hits(tag);
        assertThat(found).extracting(SearchHit::refId).containsExactly(Long.toString(approved));
        assertThat(found.getFirst().kind()).isEqualTo(SearchKind.PETITION);
        assertThat(found.getFirst().url()).isEqualTo("petition/" + approved);
        assertThat(found.getFirst().country()).isEqualTo("KG");
        assertThat(found.getFirst().title()).isEqualTo("Shade at bus stops " + tag);

        jdbc.update(
                "update petition set status = 'THRESHOLD_REACHED', threshold_reached_at = now(),"
                        + " response_due = now() + interval '30 days' where id = ?",
                approved);
        PikirUser official = accounts.official(agency.getId());
        String answer = SearchServiceIntegrationTest.tag();
        TestUsers.as(official, () -> {
            petitions.respond(
                    approved,
                    new ResponseForm(ResponseDecision.WILL_ACT, "Shelters will be built at forty stops " + answer));
            return null;
        });
        index.awaitIndexing();
        assertThat(hits(answer)).extracting(SearchHit::refId).containsExactly(Long.toString(approved));
    }

    @Test
    void publishedAnonymisedAnswersAreFoundWithoutTheCitizensDataAndOthersAreNot() {
        String tag = SearchServiceIntegrationTest.tag();
        Agency agency = petitionFixtures.agency(CountryCode.KZ, AgencyKind.MINISTRY);
        PikirUser author = accounts.citizen("KZ");
        PikirUser official = accounts.official(agency.getId());
        long published = submitAppeal(author, agency, true, "Secret subject " + tag);
        long privateOne = submitAppeal(author, agency, false, "Private subject " + tag);
        long unanswered = submitAppeal(author, agency, true, "Waiting subject " + tag);
        String email =
                jdbc.queryForObject("select email from user_account where id = ?", String.class, author.accountId());
        TestUsers.as(official, () -> {
            inbox.reply(
                    published,
                    "Уважаемый Test Citizen! Освещение на улице восстановлено " + tag + ". Ответ направлен на " + email
                            + ", телефон +7 701 123 45 67.");
            inbox.reply(privateOne, "Освещение восстановлено " + tag);
            return null;
        });
        index.awaitIndexing();

        List<SearchHit> found = hits(tag);
        assertThat(found).extracting(SearchHit::refId).containsExactly(Long.toString(published));
        SearchHit hit = found.getFirst();
        assertThat(hit.kind()).isEqualTo(SearchKind.ANSWER);
        assertThat(hit.url()).isEqualTo("answers/" + published);
        assertThat(hit.country()).isEqualTo("KZ");
        assertThat(hit.lang()).isEqualTo("ru");
        assertThat(hit.title()).isEqualTo(agency.getName().ru());
        String shown = hit.snippets().stream().map(s -> s.marked()).reduce("", String::concat);
        assertThat(shown).doesNotContain("Citizen", "Test", email, "701", "Secret subject");
        assertThat(hits("Secret " + tag)).isEmpty();

        var page = publishedAnswers.answer(published);
        assertThat(page.text()).doesNotContain("Citizen", email, "701 123").contains("восстановлено " + tag);
        assertThatThrownBy(() -> publishedAnswers.answer(privateOne)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> publishedAnswers.answer(unanswered)).isInstanceOf(NotFoundException.class);

        // A dispute reopens the appeal: the answer is no longer final, so it leaves the index and the public page.
        TestUsers.as(author, () -> {
            appeals.dispute(published, "The lights went off again");
            return null;
        });
        index.awaitIndexing();
        assertThat(hits(tag)).isEmpty();
        assertThatThrownBy(() -> publishedAnswers.answer(published)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void rebuildRegeneratesTheDocumentsFromTheDatabaseAndIsForAdministrators() {
        String tag = SearchServiceIntegrationTest.tag();
        PikirUser official = accounts.official(consultationFixtures.agency("KZ", "MVD"));
        long draft = consultationFixtures.openDraft(official, "Rebuild " + tag, 1);
        PikirUser citizen = accounts.citizen("KZ");
        long kept = TestUsers.as(citizen, () -> comments.submitComment(draft, null, "Kept comment " + tag));
        long hiddenBehindTheBack =
                TestUsers.as(citizen, () -> comments.submitComment(draft, null, "Hidden comment " + tag));
        Agency agency = petitionFixtures.agency(CountryCode.UZ, AgencyKind.GOVERNMENT);
        long petition = petitionFixtures.pending(CountryCode.UZ, agency.getId(), "Approved without event " + tag);
        index.awaitIndexing();
        // Changes that bypass the services (as demo data or a manual fix would) and a lost row.
        jdbc.update(
                "update consultation_comment set hidden_at = now(), hidden_reason = 'x' where id = ?",
                hiddenBehindTheBack);
        jdbc.update(
                "update petition set status = 'COLLECTING', moderated_at = now(), opened_at = now(),"
                        + " closes_at = now() + interval '30 days' where id = ?",
                petition);
        jdbc.update("delete from search_document where kind = 'comment' and ref_id = ?", Long.toString(kept));
        assertThat(hits(tag, SearchKind.PETITION, null)).isEmpty();

        assertThatThrownBy(() -> search.rebuildIndex()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestUsers.as(
                citizen,
                () -> assertThatThrownBy(() -> search.startRebuild()).isInstanceOf(AuthorizationDeniedException.class));
        TestUsers.signInWithRoles("ADMIN");
        long documents = search.rebuildIndex();

        assertThat(documents).isEqualTo(jdbc.queryForObject("select count(*) from search_document", Long.class));
        assertThat(jdbc.queryForObject("select count(*) from search_document where country is null", Long.class))
                .isZero();
        assertThat(hits(tag, SearchKind.COMMENT, null))
                .extracting(SearchHit::refId)
                .containsExactly(Long.toString(kept));
        assertThat(hits(tag, SearchKind.PETITION, null))
                .extracting(SearchHit::refId)
                .containsExactly(Long.toString(petition));
        assertThat(hits(tag, SearchKind.DRAFT, null)).hasSize(3);
        assertThat(search.rebuildStatus().phase()).isEqualTo(SearchRecords.RebuildStatus.Phase.DONE);
        assertThat(search.rebuildStatus().total()).isEqualTo(documents);
        assertThat(jdbc.queryForObject(
                        "select count(*) from job_marker where name = ?", Integer.class, SearchIndexRebuilder.MARKER))
                .isEqualTo(1);
    }

    private long submitAppeal(PikirUser author, Agency agency, boolean publish, String subject) {
        return TestUsers.as(
                        author,
                        () -> appeals.submit(new AppealForm(
                                agency.getId(),
                                agency.getCountry(),
                                AppealType.COMPLAINT,
                                subject,
                                "На нашей улице три недели не горят фонари.",
                                ContactPreference.IN_APP,
                                publish,
                                List.of())))
                .id();
    }

    private static DraftForm draftForm(String tag, List<ArticleForm> articles) {
        List<ArticleForm> list = articles != null
                ? articles
                : List.of(
                        new ArticleForm(
                                null,
                                "1",
                                null,
                                null,
                                null,
                                "Мерзім",
                                "Срок",
                                "Term",
                                "Тіркеу мерзімі үш күн " + tag,
                                "Срок регистрации три дня " + tag,
                                "Registration within three days " + tag),
                        new ArticleForm(
                                null,
                                "2",
                                null,
                                null,
                                null,
                                "Тәртіп",
                                "Порядок",
                                "Procedure",
                                "Тіркеу тәртібі removedword" + tag,
                                "Порядок регистрации removedword" + tag,
                                "Registration procedure removedword" + tag));
        return new DraftForm(
                PolicyArea.MIGRATION,
                "Тіркеу туралы " + tag,
                "О регистрации " + tag,
                "On registration " + tag,
                "Түйіндеме",
                "Краткое содержание",
                "Summary",
                null,
                null,
                null,
                list);
    }

    private List<SearchHit> hits(String text) {
        return hits(text, null, null);
    }

    private List<SearchHit> hits(String text, SearchKind kind, String lang) {
        return search.search(new SearchQuery(text, null, kind, lang, null, null, 0, 50))
                .hits();
    }
}
