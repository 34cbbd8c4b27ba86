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
        browserContext = browser.newContext(
                new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 900));
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
        }
        if (browserContext != null) {
            browserContext.close();
        }
        org.assertj.core.api.Assertions.assertThat(cspViolations)
                .as("Content-Security-Policy violations during the journey")
                .isEmpty();
    }

    /** Absolute URL of a path on the running app. */
    protected String url(String path) {
        return "http://localhost:" + port + (path.startsWith("/") ? path : "/" + path);
    }

    /** Opens a path and waits until Vaadin has rendered the view. */
    protected void open(String path) {
        page.navigate(url(path));
        page.waitForSelector("vaadin-app-layout, #login-form, #not-found");
    }

    /** Signs in through the login form. */
    protected void signIn(String email, String password) {
        open("/login");
        page.locator("#login-form input[name='username']").fill(email);
        page.locator("#login-form input[name='password']").fill(password);
        page.locator("#login-form vaadin-button[slot='submit'], #login-form button[type='submit']")
                .first()
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }
}
