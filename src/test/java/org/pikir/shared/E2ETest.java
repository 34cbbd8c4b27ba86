package org.pikir.shared;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * End-to-end test in Debian's Chromium, driven by Playwright, against the whole app on a random port with
 * a real embedded PostgreSQL. Screenshots of failures land in target/e2e-screenshots.
 *
 * <p>Every page a journey visits is checked with axe-core against the WCAG 2.1 A and AA rules: after each
 * {@link #open}, after each sign-in, before leaving a page the journey reached by clicking (a Vaadin route
 * change), and at the end of each test. Any violation fails the test, at its end and together with the other
 * pages' findings, with its rule, the offending elements and the page's address. A journey that reaches a new
 * state without navigating calls {@link #checkAccessible} (or {@link #assertAccessible} to fail at once).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
public abstract class E2ETest {

    static final Path CHROMIUM = Path.of(System.getProperty("pikir.chromium", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext browserContext;
    protected Page page;

    /** The WCAG rule sets axe runs: WCAG 2.0 and 2.1, levels A and AA. */
    protected static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static String axeSource;

    /**
     * The only findings not counted, both inside the shadow DOM of Vaadin's own components, which the app cannot
     * change (a JavaScript condition on an axe node {@code n} and violation {@code v}):
     * <ul>
     *   <li>{@code scrollable-region-focusable} on the content part of {@code vaadin-app-layout}: axe does not see
     *       the slotted page content, which has the links and fields that scroll it, so it reports a scrolling
     *       region without focusable content; keyboard users scroll it through that content;
     *   <li>{@code aria-required-children} on {@code vaadin-tabs} (of a {@code TabSheet}) whose only offending
     *       child is its own focusable scroll container {@code div[tabindex]}: the tabs themselves are
     *       {@code role=tab}.
     * </ul>
     */
    private static final String VAADIN_SHADOW_FALSE_POSITIVES = "(v.id === 'scrollable-region-focusable'"
            + " && Array.isArray(n.target[0]) && n.target[0].length === 2"
            + " && n.target[0][1] === 'div[part=\"content\"]'"
            + " && document.querySelector(n.target[0][0])?.localName === 'vaadin-app-layout')"
            + " || (v.id === 'aria-required-children' && n.target.length === 1"
            + " && document.querySelector(n.target[0])?.localName === 'vaadin-tabs'"
            + " && /children which are not allowed: div\\[tabindex\\]$/.test((n.failureSummary || '').trim()))";

    /** The address of the page last checked by axe (a route change since then is checked before leaving). */
    private String lastCheckedUrl;

    /** What the automatic axe checks found during the journey: reported, all together, when it ends. */
    private final List<String> accessibilityViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Content-Security-Policy violations the page reported (every journey must end with none). */
    protected final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "Chromium not installed at " + CHROMIUM + " (apt-get install chromium); skipping end-to-end tests");
        // Assertions wait as long as actions do: the first language detection or a PDF upload can take seconds
        // on a busy 2-core CI machine, and a 5 s default made journeys flaky there.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        openContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
    }

    /**
     * Replaces the browser context with a cheap phone's: 360×740 CSS pixels, touch, mobile viewport.
     * Cookies and the page are new.
     */
    protected void usePhone() {
        if (browserContext != null) {
            browserContext.close();
        }
        lastCheckedUrl = null;
        openContext(new Browser.NewContextOptions()
                .setLocale("en-US")
                .setViewportSize(360, 740)
                .setDeviceScaleFactor(2)
                .setHasTouch(true)
                .setIsMobile(true));
    }

    private void openContext(Browser.NewContextOptions options) {
        browserContext = browser.newContext(options);
        browserContext.setDefaultTimeout(20_000);
        // Chromium reports CSP violations as DOM events, not console calls: forward them to the console.
        browserContext.addInitScript(
                "document.addEventListener('securitypolicyviolation', e => console.error("
                        + "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber))");
        browserContext.onConsoleMessage(m -> {
            if (m.text().startsWith("CSP violation")) {
                cspViolations.add(m.text());
            }
        });
        page = browserContext.newPage();
    }

    @AfterEach
    void closePage(TestInfo info) throws Exception {
        if (page != null) {
            Path dir = Path.of("target", "e2e-screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(dir.resolve(getClass().getSimpleName() + "-"
                            + info.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_") + ".png")));
            // the state the journey ended in is a page it visited too
            if (!page.isClosed() && page.url().startsWith(url("/"))) {
                checkAccessible();
            }
        }
        if (browserContext != null) {
            browserContext.close();
        }
        org.assertj.core.api.Assertions.assertThat(cspViolations)
                .as("Content-Security-Policy violations during the journey")
                .isEmpty();
        if (!accessibilityViolations.isEmpty()) {
            throw new AssertionError(String.join("\n", accessibilityViolations));
        }
    }

    /** Absolute URL of a path on the running app. */
    protected String url(String path) {
        return "http://localhost:" + port + (path.startsWith("/") ? path : "/" + path);
    }

    /** Opens a path, waits until Vaadin has rendered the view and checks it with axe. */
    protected void open(String path) {
        checkBeforeLeaving();
        page.navigate(url(path));
        page.waitForSelector("vaadin-app-layout, #login-form, #not-found");
        checkAccessible();
    }

    /**
     * Checks the current page with axe-core (WCAG 2.1 A and AA) and fails at once with every violation's rule,
     * help text, offending elements and the page's address.
     */
    protected void assertAccessible() {
        String report = axeReport();
        if (report != null) {
            throw new AssertionError(report);
        }
    }

    /**
     * Checks the current page with axe like {@link #assertAccessible}, but lets the journey go on: what it finds
     * fails the test at its end, together with what later pages show.
     */
    protected void checkAccessible() {
        String report = axeReport();
        if (report != null && !accessibilityViolations.contains(report)) {
            accessibilityViolations.add(report);
        }
    }

    /** The axe report of the current page's WCAG 2.1 A/AA violations, or null when there are none. */
    @SuppressWarnings("unchecked")
    protected String axeReport() {
        settle();
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            // evaluated through the DevTools protocol, so the app's Content-Security-Policy does not apply
            page.evaluate(axeSource());
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                "async tags => (await axe.run(document, {runOnly: {type: 'tag', values: tags},"
                        + " resultTypes: ['violations']})).violations"
                        + ".map(v => ({...v, nodes: v.nodes.filter(n => !(" + VAADIN_SHADOW_FALSE_POSITIVES + "))}))"
                        + ".filter(v => v.nodes.length > 0).map(v => ({id: v.id, impact: v.impact,"
                        + " help: v.help, targets: v.nodes.map(n => JSON.stringify(n.target)"
                        + " + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 300))}))",
                WCAG_TAGS);
        String where = page.url();
        lastCheckedUrl = where;
        if (violations.isEmpty()) {
            return null;
        }
        StringBuilder report = new StringBuilder("Accessibility violations (axe-core, WCAG 2.1 A/AA) on ")
                .append(where.replace(url(""), ""))
                .append(':');
        for (Map<String, Object> v : violations) {
            report.append("\n- ")
                    .append(v.get("id"))
                    .append(" (")
                    .append(v.get("impact"))
                    .append("): ")
                    .append(v.get("help"));
            for (Object target : (List<Object>) v.get("targets")) {
                report.append("\n    ").append(target);
            }
        }
        return report.toString();
    }

    /**
     * Checks the current page with axe unless it was already checked at this address: called before a
     * journey leaves a page it reached by clicking through Vaadin's client-side routing.
     */
    /**
     * Signs the browser out by dropping its cookies, after checking and leaving the current page: a page left open
     * without its session cookie would answer its next round trip with Flow's "session expired" box.
     */
    protected void dropSession() {
        checkBeforeLeaving();
        page.navigate("about:blank");
        browserContext.clearCookies();
    }

    protected void checkBeforeLeaving() {
        if (page == null || page.isClosed()) {
            return;
        }
        String current = page.url();
        if (current.startsWith(url("/")) && !current.equals(lastCheckedUrl)) {
            checkAccessible();
        }
    }

    /** Waits until Vaadin has answered every pending server round-trip, so axe sees a finished page. */
    private void settle() {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        // a notification or overlay still fading in would be measured half transparent (false contrast findings)
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (var in = E2ETest.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js not on the test classpath (com.deque.html.axe-core)");
                }
                axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /**
     * Waits until the page's Flow client is connected and has no request in flight, as a person would wait for a
     * page to settle before typing. On a loaded machine a slow round trip made Flow resynchronise the form, which
     * emptied fields filled just before (seen as a failed sign-in with an empty e-mail field).
     */
    protected void waitForIdle() {
        page.waitForFunction("""
                () => {
                  const v = window.Vaadin;
                  if (!v || !v.Flow || !v.Flow.clients) return true;
                  const state = v.connectionState && v.connectionState.state;
                  if (state && state !== 'connected') return false;
                  return Object.values(v.Flow.clients).every(c => !c.isActive || !c.isActive());
                }""");
    }

    /** Signs in through the login form. */
    protected void signIn(String email, String password) {
        open("/login");
        waitForIdle();
        page.locator("#login-form input[name='username']").fill(email);
        page.locator("#login-form input[name='password']").fill(password);
        waitForIdle();
        page.locator("#login-form vaadin-button[slot='submit'], #login-form button[type='submit']")
                .first()
                .click();
        page.waitForURL(u -> !u.contains("/login"));
        page.waitForSelector("vaadin-app-layout, #not-found");
        checkAccessible();
    }
}
