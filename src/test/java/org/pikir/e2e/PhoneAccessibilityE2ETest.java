package org.pikir.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.Cookie;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.pikir.appeal.AppealForm;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AppealType;
import org.pikir.appeal.ContactPreference;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.petition.PetitionForm;
import org.pikir.petition.PetitionService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every main page, in Kazakh, Russian and English, signed out and signed in as citizen, official, moderator and
 * analyst, on a cheap phone (360×740, touch): axe-core finds no WCAG 2.1 A/AA violation, nothing overflows
 * sideways, every visible control is at least 24×24 px (WCAG 2.5.8; links inside sentences excepted),
 * {@code <html lang>} is the interface language, user-written text carries the language detected in it, and a
 * chart's table comes before its image. Plus the appeal form with the on-screen keyboard taking half the screen.
 */
class PhoneAccessibilityE2ETest extends E2ETest {

    /** Interactive elements whose box must be at least 24×24 CSS px. */
    private static final String CONTROLS = String.join(
            ", ",
            "a[href]",
            "button",
            "input:not([type=hidden]):not([slot])",
            "select",
            "textarea:not([slot])",
            "[role=button]",
            "[role=link]",
            "[role=tab]",
            "[role=checkbox]",
            "[role=radio]",
            "[role=menuitem]",
            "vaadin-button",
            "vaadin-checkbox",
            "vaadin-radio-button",
            "vaadin-select",
            "vaadin-combo-box",
            "vaadin-text-field",
            "vaadin-text-area",
            "vaadin-password-field",
            "vaadin-email-field",
            "vaadin-integer-field",
            "vaadin-number-field",
            "vaadin-date-picker",
            "vaadin-menu-bar-button",
            "vaadin-tab",
            "vaadin-details-summary",
            "vaadin-drawer-toggle");

    private static final String SMALL_TARGETS_JS = """
            sel => {
              const small = [];
              for (const el of document.querySelectorAll(sel)) {
                if (!el.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
                if (el.closest('[aria-hidden=true], [inert], [hidden]')) continue;
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.right <= 0 || r.left >= innerWidth) continue;
                // WCAG 2.5.8 exception: a link inside a sentence
                if (el.matches('a') && getComputedStyle(el).display === 'inline' && el.parentElement
                    && el.parentElement.textContent.trim() !== el.textContent.trim()) continue;
                if (r.width < 24 || r.height < 24) {
                  small.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                    + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30) + '" '
                    + Math.round(r.width) + 'x' + Math.round(r.height));
                }
              }
              return small;
            }""";

    private static final String CHARTS_TABLE_FIRST_JS = """
            () => [...document.querySelectorAll('.pikir-chart-layout')].filter(l => {
              const img = l.querySelector('img'), table = l.querySelector('vaadin-grid');
              return img && table && img.getBoundingClientRect().top < table.getBoundingClientRect().top;
            }).map(l => l.closest('.pikir-chart').querySelector('h3').textContent)""";

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    CommentService comments;

    @Autowired
    AppealService appeals;

    @Autowired
    PetitionService petitions;

    @Autowired
    CountryService countries;

    @Autowired
    JdbcTemplate jdbc;

    private static Fixture fixture;

    /** The accounts and the user-written content the pages show, made once for the class. */
    private record Fixture(
            PikirUser citizen,
            PikirUser official,
            PikirUser moderator,
            PikirUser analyst,
            long draft,
            long comment,
            long appeal,
            long petition) {}

    private Fixture fixture() {
        if (fixture == null) {
            long agency = consultations.agency("KZ", "MVD");
            PikirUser official = accounts.official(agency);
            PikirUser citizen = accounts.citizen("KZ");
            PikirUser moderator = accounts.moderator(CountryCode.KZ);
            PikirUser analyst = accounts.withRoles(EnumSet.of(Role.CITIZEN, Role.ANALYST));
            long draft = consultations.openDraft(official, "Phone check draft", 2);
            long article = consultations.articleId(draft, 0);
            long comment = TestUsers.as(
                    citizen,
                    () -> comments.submitComment(
                            draft, article, "Бұл бапты қолдаймын, бірақ тіркеу мерзімін ұзарту керек деп ойлаймын."));
            long appeal = TestUsers.as(
                            citizen,
                            () -> appeals.submit(new AppealForm(
                                    agency,
                                    CountryCode.KZ,
                                    AppealType.COMPLAINT,
                                    "Не работает уличное освещение",
                                    "На нашей улице уже три недели не горят фонари, вечером детям опасно ходить"
                                            + " в школу. Просим починить освещение как можно скорее.",
                                    ContactPreference.EMAIL,
                                    false,
                                    List.of())))
                    .id();
            long government = countries.agencies(CountryCode.KZ).stream()
                    .filter(a -> a.getKind() == AgencyKind.GOVERNMENT)
                    .findFirst()
                    .orElseThrow()
                    .getId();
            long petition = TestUsers.as(
                    citizen,
                    () -> petitions.submit(new PetitionForm(
                            CountryCode.KZ,
                            government,
                            "Аялдамаларға көлеңке орнату",
                            "Жазда Түркістандағы аялдамаларда көлеңке жоқ, адамдар ыстықта ұзақ күтеді. Бұл"
                                    + " балалар мен қарттар үшін қауіпті.",
                            "Қаладағы барлық аялдамаларға көлеңкелі қалқа орнату.")));
            TestUsers.as(moderator, () -> {
                petitions.approve(petition);
                return null;
            });
            fixture = new Fixture(citizen, official, moderator, analyst, draft, comment, appeal, petition);
        }
        return fixture;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru", "en"})
    void everyMainPageIsAccessibleAndFitsAPhone(String language) {
        Fixture f = fixture();
        Map<String, List<String>> pagesBySignIn = new LinkedHashMap<>();
        pagesBySignIn.put(
                "",
                List.of(
                        "/",
                        "/login",
                        "/register",
                        "/consultations",
                        "/consultations/" + f.draft(),
                        "/petitions",
                        "/petition/" + f.petition(),
                        "/search?q=" + "registration",
                        "/accountability",
                        "/reports",
                        "/no-such-page"));
        pagesBySignIn.put(
                f.citizen().getUsername(),
                List.of(
                        "/",
                        "/consultations/" + f.draft(),
                        "/appeals/new",
                        "/appeals/mine",
                        "/appeals/" + f.appeal(),
                        "/petitions/new",
                        "/petition/" + f.petition(),
                        "/my-comments",
                        "/notifications",
                        "/profile"));
        pagesBySignIn.put(
                f.official().getUsername(),
                List.of(
                        "/inbox",
                        "/inbox/statistics",
                        "/appeals/" + f.appeal(),
                        "/appeals/clusters",
                        "/consultations/manage/" + f.draft(),
                        "/consideration",
                        "/consideration/" + f.draft(),
                        "/petitions/to-answer"));
        pagesBySignIn.put(
                f.moderator().getUsername(),
                List.of("/petitions/moderation", "/consultations/moderation", "/petition/" + f.petition()));
        pagesBySignIn.put(f.analyst().getUsername(), List.of("/comparison", "/comparison/report", "/accountability"));

        List<String> problems = new ArrayList<>();
        usePhone();
        for (var entry : pagesBySignIn.entrySet()) {
            dropSession();
            browserContext.addCookies(List.of(new Cookie("pikir-lang", language).setUrl(url("/"))));
            if (!entry.getKey().isEmpty()) {
                signIn(entry.getKey(), AccountFixtures.PASSWORD);
            }
            String who = entry.getKey().isEmpty() ? "signed out" : entry.getKey();
            for (String path : entry.getValue()) {
                open(path);
                if (path.equals("/consultations/" + f.draft())) {
                    page.locator("#article-comments-1").click();
                    page.locator("#comment-" + f.comment()).waitFor();
                    checkAccessible();
                }
                problems.addAll(phoneProblems(language).stream()
                        .map(p -> language + ", " + who + ", " + path + ": " + p)
                        .toList());
            }
        }
        assertThat(problems).as("phone problems").isEmpty();
    }

    /** What is wrong with the current page on a phone in this interface language (empty when nothing). */
    private List<String> phoneProblems(String language) {
        List<String> problems = new ArrayList<>();
        Object htmlLang = page.evaluate("() => document.documentElement.lang");
        if (!language.equals(htmlLang)) {
            problems.add("<html lang> is " + htmlLang);
        }
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        Number innerWidth = (Number) page.evaluate("() => window.innerWidth");
        if (scrollWidth.intValue() > innerWidth.intValue()) {
            problems.add("scrolls sideways: " + scrollWidth + " px wide in a " + innerWidth + " px viewport, widest: "
                    + page.evaluate("() => [...document.querySelectorAll('body *')]"
                            + ".filter(e => e.getBoundingClientRect().right > innerWidth + 1)"
                            + ".slice(-3).map(e => e.tagName + (e.id ? '#' + e.id : '') + ' '"
                            + " + Math.round(e.getBoundingClientRect().right)).join(', ')"));
        }
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page.evaluate(SMALL_TARGETS_JS, CONTROLS);
        small.forEach(s -> problems.add("tap target under 24×24 px: " + s));
        @SuppressWarnings("unchecked")
        List<String> chartsFirst = (List<String>) page.evaluate(CHARTS_TABLE_FIRST_JS);
        chartsFirst.forEach(c -> problems.add("chart image before its table: " + c));
        problems.addAll(userTextLanguageProblems());
        return problems;
    }

    /** Comments, appeals and petitions on the page must carry the language detected in them as {@code lang}. */
    private List<String> userTextLanguageProblems() {
        Fixture f = fixture();
        List<String> problems = new ArrayList<>();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(
                "#comment-" + f.comment() + " .consultation-body",
                jdbc.queryForObject(
                        "select language from consultation_comment where id = ?", String.class, f.comment()));
        String appealLanguage =
                jdbc.queryForObject("select language from appeal where id = ?", String.class, f.appeal());
        expected.put("#appeal-subject-text", appealLanguage);
        expected.put("#appeal-text-body", appealLanguage);
        String petitionLanguage =
                jdbc.queryForObject("select language from petition where id = ?", String.class, f.petition());
        expected.put("#petition-title", petitionLanguage);
        expected.put("#petition-text", petitionLanguage);
        expected.put("#petition-action", petitionLanguage);
        for (var e : expected.entrySet()) {
            Locator element = page.locator(e.getKey());
            if (element.count() == 1 && !"und".equals(e.getValue())) {
                String lang = element.getAttribute("lang");
                if (!e.getValue().equals(lang)) {
                    problems.add(e.getKey() + " has lang=" + lang + ", detected " + e.getValue());
                }
            }
        }
        return problems;
    }

    @Test
    void detectedLanguagesAreTheOnesTheTextsAreWrittenIn() {
        Fixture f = fixture();
        // the checks above compare with the stored detection; it must be right for them to mean anything
        assertThat(jdbc.queryForObject(
                        "select language from consultation_comment where id = ?", String.class, f.comment()))
                .isEqualTo("kk");
        assertThat(jdbc.queryForObject("select language from appeal where id = ?", String.class, f.appeal()))
                .isEqualTo("ru");
        assertThat(jdbc.queryForObject("select language from petition where id = ?", String.class, f.petition()))
                .isEqualTo("kk");
    }

    @Test
    void theAppealFormWorksWithTheOnScreenKeyboardOpen() {
        Fixture f = fixture();
        usePhone();
        signIn(f.citizen().getUsername(), AccountFixtures.PASSWORD);
        open("/appeals/new");
        // the on-screen keyboard takes about 300 of the 740 px
        page.setViewportSize(360, 440);
        waitForIdle();
        page.locator("#appeal-agency input").tap();
        page.locator("#appeal-agency input").fill("Ministry of Internal");
        page.locator("vaadin-combo-box-item:visible").first().waitFor();
        // the list is filtered on the server: pick only once the filtered items have arrived
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#appeal-agency"))
                .not()
                .hasAttribute("loading", "");
        page.locator("#appeal-agency input").press("ArrowDown");
        page.locator("#appeal-agency input").press("Enter");
        // the choice closes the list (its overlay fades out; until then it covers the fields below)
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#appeal-agency"))
                .not()
                .hasAttribute("opened", "");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                        page.locator("vaadin-combo-box-item:visible"))
                .hasCount(0);
        waitForIdle();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#appeal-agency"))
                .hasAttribute("has-value", "");
        for (String field : List.of("#appeal-subject input", "#appeal-text textarea", "#appeal-submit")) {
            Locator element = page.locator(field);
            element.scrollIntoViewIfNeeded();
            assertThat(uncovered(field))
                    .as(field + " visible and not covered with the keyboard open")
                    .isTrue();
        }
        page.locator("#appeal-subject input").tap();
        page.keyboard().type("Яма на дороге у школы");
        page.locator("#appeal-text textarea").tap();
        page.keyboard().type("Возле школы номер 12 на дороге большая яма, машины объезжают её по тротуару.");
        assertThat(uncovered("#appeal-text textarea"))
                .as("the text area stays in view while typing")
                .isTrue();
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(360);
        waitForIdle();
        page.locator("#appeal-submit").scrollIntoViewIfNeeded();
        page.locator("#appeal-submit").tap();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#appeal-number"))
                .containsText("KZ-");
        checkAccessible();
    }

    /** Whether the element's centre is inside the viewport and the topmost element there is the element itself. */
    private boolean uncovered(String selector) {
        return Boolean.TRUE.equals(page.evaluate("""
                sel => {
                  const el = document.querySelector(sel);
                  const r = el.getBoundingClientRect();
                  const x = r.left + r.width / 2, y = r.top + Math.min(r.height / 2, 20);
                  if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
                  let top = document.elementFromPoint(x, y);
                  const host = el.closest('vaadin-button, vaadin-text-field, vaadin-text-area, vaadin-combo-box') || el;
                  while (top) {
                    if (top === el || top === host || host.contains(top)) return true;
                    top = top.getRootNode().host || top.parentElement;
                  }
                  return false;
                }""", selector));
    }
}
