package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consideration.ConsiderationService;
import org.pikir.consideration.DecisionForm;
import org.pikir.consideration.Outcome;
import org.pikir.consultation.ArticleForm;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.consultation.DraftForm;
import org.pikir.consultation.DraftLawService;
import org.pikir.consultation.PolicyArea;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.petition.PetitionFixtures;
import org.pikir.petition.PetitionForm;
import org.pikir.petition.PetitionService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The light version of the public pages (issue 16): the first HTML a plain HTTP client gets for a draft law, a
 * petition and a consideration report carries their text, escaped, in the visitor's language, and nothing the
 * public may not read; Chromium with JavaScript off reads and navigates them; with JavaScript on, the light
 * version is gone once Vaadin has rendered the view.
 */
class LightPagesE2ETest extends E2ETest {

    private static final String HOSTILE = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    DraftLawService drafts;

    @Autowired
    CommentService comments;

    @Autowired
    ConsiderationService consideration;

    @Autowired
    PetitionService petitions;

    @Autowired
    PetitionFixtures petitionFixtures;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private record Draft(long id, PikirUser official) {}

    /** An open draft with two articles; the first one's English text carries markup. */
    private Draft openDraft() {
        long agency = consultations.agency("KZ", "MVD");
        PikirUser official = accounts.official(agency);
        List<ArticleForm> articles = List.of(
                new ArticleForm(
                        null,
                        "1",
                        null,
                        null,
                        null,
                        "Тіркеу",
                        "Регистрация",
                        "Registration",
                        "Шетелдіктер " + tag + " күн ішінде тіркеледі.",
                        "Иностранцы регистрируются в течение " + tag + " дней.",
                        "Foreigners register within " + tag + " days. " + HOSTILE),
                new ArticleForm(
                        null,
                        "2",
                        null,
                        null,
                        null,
                        "Мерзімдер",
                        "Сроки",
                        "Deadlines",
                        "Екінші бап " + tag,
                        "Вторая статья " + tag,
                        "Second article " + tag));
        DraftForm form = new DraftForm(
                PolicyArea.MIGRATION,
                "Жеңіл жоба " + tag,
                "Лёгкий проект " + tag,
                "Light draft " + tag,
                "Түйіндеме",
                "Краткое содержание",
                "Summary " + tag,
                null,
                null,
                null,
                articles);
        long id = TestUsers.as(official, () -> {
            long draft = drafts.createDraft(form);
            drafts.openConsultation(
                    draft, Instant.now().minusSeconds(1), Instant.now().plus(Duration.ofDays(45)));
            return draft;
        });
        return new Draft(id, official);
    }

    @Test
    void aDraftPageCarriesTheLawsTextEscapedInTheVisitorsLanguage() throws Exception {
        Draft draft = openDraft();

        HttpResponse<String> en = get("/consultations/" + draft.id(), "en-US,en;q=0.9", null);
        assertThat(en.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(en.body());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("Light draft " + tag);
        Element light = page.getElementById("pikir-light");
        assertThat(light).as(en.body()).isNotNull();
        assertThat(light.selectFirst("h1").text()).isEqualTo("Light draft " + tag);
        assertThat(light.text())
                .contains("Summary " + tag)
                .contains("Article 1. Registration")
                .contains("Foreigners register within " + tag + " days. " + HOSTILE)
                .contains("Second article " + tag);
        // The markup is text: escaped in the HTML, and no element was made from it.
        assertThat(en.body()).contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
        assertThat(light.select("script, img")).isEmpty();
        // plain links a browser without scripts can follow
        assertThat(light.select("a[href]").eachAttr("href"))
                .contains("consultations", "petitions", "reports", "consultations/" + draft.id() + "#light-article-2");

        // the list links to it (newest first)
        Document list = Jsoup.parse(get("/consultations", "en", null).body());
        assertThat(list.title()).isEqualTo("Draft laws under public discussion");
        assertThat(list.select("#pikir-light main a[href=consultations/" + draft.id() + "]")
                        .text())
                .isEqualTo("Light draft " + tag);

        Document ru = Jsoup.parse(
                get("/consultations/" + draft.id(), "ru-RU,ru;q=0.9", null).body());
        assertThat(ru.selectFirst("html").attr("lang")).isEqualTo("ru");
        assertThat(ru.title()).isEqualTo("Лёгкий проект " + tag);
        assertThat(ru.getElementById("pikir-light").text())
                .contains("Статья 1. Регистрация")
                .contains("Иностранцы регистрируются в течение " + tag + " дней.")
                .doesNotContain("Foreigners register");

        // An earlier choice in the language switcher (its cookie) wins over the browser's language, as in the UI.
        Document kk = Jsoup.parse(get("/consultations/" + draft.id(), "ru-RU,ru;q=0.9", "pikir-lang=kk")
                .body());
        assertThat(kk.selectFirst("html").attr("lang")).isEqualTo("kk");
        assertThat(kk.getElementById("pikir-light").text()).contains("Шетелдіктер " + tag + " күн ішінде тіркеледі.");
    }

    @Test
    void anUnpublishedDraftAndAHiddenCommentAreNeverWritten() throws Exception {
        long agency = consultations.agency("KZ", "MVD");
        PikirUser official = accounts.official(agency);
        long unpublished =
                TestUsers.as(official, () -> drafts.createDraft(ConsultationFixtures.form("Unpublished " + tag, 1)));

        HttpResponse<String> response = get("/consultations/" + unpublished, "en", null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Unpublished " + tag).doesNotContain("Text of article 1");
        assertThat(Jsoup.parse(response.body()).select("#pikir-light h1")).isEmpty();

        Draft draft = openDraft();
        long comment = TestUsers.as(
                accounts.citizen("KZ"),
                () -> comments.submitComment(draft.id(), null, "Hidden remark " + tag + " with a phone number"));
        TestUsers.as(accounts.moderator(CountryCode.KZ), () -> {
            comments.hideComment(comment, "Personal data");
            return null;
        });
        String body = get("/consultations/" + draft.id(), "en", null).body();
        assertThat(body).contains("Light draft " + tag).doesNotContain("Hidden remark " + tag);
    }

    @Test
    void aPetitionPageCarriesItsTextAndCountAndAPendingOneNothing() throws Exception {
        long agency =
                petitionFixtures.agency(CountryCode.KZ, AgencyKind.MINISTRY).getId();
        String title = "Light petition " + tag;
        String text = "Bus fares rose: 3 < 5 & \"cheap\" > free. Pupils travel far every day " + tag + ".";
        long id = TestUsers.as(
                accounts.citizen("KZ"),
                () -> petitions.submit(
                        new PetitionForm(CountryCode.KZ, agency, title, text, "Make bus rides free for pupils")));
        TestUsers.as(accounts.moderator(CountryCode.KZ), () -> {
            petitions.approve(id);
            return null;
        });
        TestUsers.as(accounts.citizen("KZ"), () -> petitions.sign(id));

        HttpResponse<String> response = get("/petition/" + id, "en", null);
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo(title);
        Element light = page.getElementById("pikir-light");
        assertThat(light.selectFirst("h1").text()).isEqualTo(title);
        assertThat(light.text())
                .contains(text)
                .contains("Make bus rides free for pupils")
                .contains("Open · Kazakhstan")
                .containsPattern("1 of [0-9,]+ signatures");
        assertThat(response.body()).contains("3 &lt; 5 &amp; \"cheap\" &gt; free");
        assertThat(light.select("a[href=petitions]")).hasSize(2);

        String pendingTitle = "Pending petition " + tag;
        long pending = petitionFixtures.pending(CountryCode.KZ, agency, pendingTitle);
        HttpResponse<String> hidden = get("/petition/" + pending, "en", null);
        assertThat(hidden.body()).doesNotContain(pendingTitle);
        assertThat(Jsoup.parse(hidden.body()).select("#pikir-light h1")).isEmpty();
    }

    @Test
    void aConsiderationReportCarriesItsFiguresAndDecisionsButNoHiddenComment() throws Exception {
        Draft draft = openDraft();
        PikirUser citizen = accounts.citizen("KZ");
        long visible = TestUsers.as(
                citizen,
                () -> comments.submitComment(draft.id(), null, "Thirty days are too short, make it sixty " + tag));
        long hidden = TestUsers.as(
                accounts.citizen("KZ"),
                () -> comments.submitComment(draft.id(), null, "Hidden complaint " + tag + " naming a person"));
        TestUsers.as(draft.official(), () -> {
            consideration.decideComment(
                    draft.id(),
                    visible,
                    DecisionForm.of(Outcome.REJECTED, "The term follows <the treaty> " + tag, "en"));
            consideration.decideComment(draft.id(), hidden, DecisionForm.of(Outcome.NOTED, "Noted " + tag, "en"));
            return null;
        });
        TestUsers.as(accounts.moderator(CountryCode.KZ), () -> {
            comments.hideComment(hidden, "Personal data");
            return null;
        });
        TestUsers.as(draft.official(), () -> {
            drafts.closeConsultation(draft.id());
            return null;
        });

        HttpResponse<String> response = get("/reports/" + draft.id(), "en", null);
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.title()).isEqualTo("Consideration report: Light draft " + tag);
        Element light = page.getElementById("pikir-light");
        assertThat(light.text()).contains("1 comments, 1 considered.");
        assertThat(light.select("tbody tr")).hasSize(1);
        assertThat(light.selectFirst("tbody tr").text())
                .contains("Comment")
                .contains("Thirty days are too short, make it sixty " + tag)
                .contains("Rejected")
                .contains("The term follows <the treaty> " + tag);
        assertThat(response.body())
                .contains("The term follows &lt;the treaty&gt; " + tag)
                .doesNotContain("Hidden complaint " + tag);
        assertThat(light.select("a[href]").eachAttr("href"))
                .contains(
                        "consultations/" + draft.id(),
                        "api/v1/consultations/" + draft.id() + "/consideration-report.html?lang=en");
    }

    @Test
    void withoutJavaScriptThePublicPagesCanBeReadAndFollowed() {
        Draft draft = openDraft();
        TestUsers.as(draft.official(), () -> {
            drafts.closeConsultation(draft.id());
            return null;
        });
        try (BrowserContext noScript = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setJavaScriptEnabled(false)
                        .setLocale("ru-RU")
                        .setViewportSize(360, 740))) {
            Page phone = noScript.newPage();
            phone.navigate(url("/reports/" + draft.id()));
            assertThat(phone.locator("html")).hasAttribute("lang", "ru");
            assertThat(phone.locator("#pikir-light h1")).hasText("Отчёт о рассмотрении: Лёгкий проект " + tag);
            // Without scripts the note says what needs them, and the "loading" line is hidden (it never would be).
            assertThat(phone.locator("#pikir-light noscript p")).isVisible();
            assertThat(phone.locator("#pikir-light noscript p").textContent()).contains("облегчённая версия");
            assertThat(phone.locator("#pikir-light .pikir-light-loading")).isHidden();

            phone.locator("#pikir-light a", new Page.LocatorOptions().setHasText("Читать законопроект"))
                    .click();
            phone.waitForURL("**/consultations/" + draft.id());
            assertThat(phone.locator("#pikir-light h1")).hasText("Лёгкий проект " + tag);
            assertThat(phone.getByText("Иностранцы регистрируются в течение " + tag + " дней."))
                    .isVisible();
            phone.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target", "e2e-screenshots", "LightPagesE2ETest-phone-draft.png")));

            phone.locator("#pikir-light nav a", new Page.LocatorOptions().setHasText("Статья 2. Сроки"))
                    .click();
            phone.waitForURL("**/consultations/" + draft.id() + "#light-article-2");
            assertThat(phone.locator("#light-article-2")).isInViewport();

            // the list of consultations leads back to the draft
            phone.locator("#pikir-light header a", new Page.LocatorOptions().setHasText("Обсуждения"))
                    .click();
            phone.waitForURL("**/consultations");
            assertThat(phone.locator("#pikir-light h1")).hasText("Проекты законов на общественном обсуждении");
            phone.locator("#pikir-light main a", new Page.LocatorOptions().setHasText("Лёгкий проект " + tag))
                    .click();
            phone.waitForURL("**/consultations/" + draft.id());

            phone.locator("#pikir-light header a", new Page.LocatorOptions().setHasText("Петиции"))
                    .click();
            phone.waitForURL("**/petitions");
            assertThat(phone.locator("#pikir-light h1")).hasText("Петиции");

            // a page that needs scripts says so, and where to read without them
            phone.locator("#pikir-light header a", new Page.LocatorOptions().setHasText("Подать обращение"))
                    .click();
            // (signing in first: Spring Security may send the visitor to the login page)
            phone.waitForURL(java.util.regex.Pattern.compile(".*/(appeals/new|login)$"));
            assertThat(phone.locator("#pikir-light header")).isVisible();
            assertThat(phone.locator("#pikir-light noscript p").textContent()).contains("нужен JavaScript");
        }
    }

    @Test
    void withJavaScriptTheLightVersionGivesWayToTheView() {
        Draft draft = openDraft();
        open("/consultations/" + draft.id());
        assertThat(page.locator("#draft-title")).hasText("Light draft " + tag);
        assertThat(page.locator("#pikir-light")).isHidden();
        // in the document twice until the light version is dropped, but shown once
        assertThat(page.locator("text=Second article " + tag + " >> visible=true"))
                .hasCount(1);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page).hasTitle("Light draft " + tag);
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
    }

    private HttpResponse<String> get(String path, String acceptLanguage, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "text/html")
                .header("Accept-Language", acceptLanguage);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
