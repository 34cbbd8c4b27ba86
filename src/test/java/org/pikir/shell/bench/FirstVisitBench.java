package org.pikir.shell.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (Surefire does not pick it up by name): the first visit of four public pages in Chromium at
 * 360×740, against a running production-mode app with demo data ({@code -Dbench.url}, started by
 * bench/first-visit.sh from the packaged jar). For each page, on the local network and on an emulated slow 3G
 * (CDP Network.emulateNetworkConditions: 400 ms latency, 400 kbit/s both ways), cold (a new browser context, empty
 * cache) and warm (a new tab in the same context, so the second visit of a returning reader): bytes transferred
 * (CDP encodedDataLength, headers included), requests over the network (not served from the cache), first
 * contentful paint (Paint Timing) and time to usable (the page's main element rendered by its upgraded web
 * component and Flow's client idle, i.e. the bootstrap round trip done and no request pending). Medians of
 * {@code bench.runs} runs (slow 3G: {@code bench.slowRuns}). Also prints where the bytes of a cold first visit go
 * (per resource) and the slow-3G waterfall of the home page. Results in target/bench/first-visit.txt and
 * docs/benchmarks.md.
 */
class FirstVisitBench {

    static final Path CHROMIUM = Path.of(System.getProperty("pikir.chromium", "/usr/bin/chromium"));
    static final String DEMO_PASSWORD = "pikir-demo-2026";

    /** Main element of each page; usable = present, visible, its custom element defined, Flow idle. */
    record Target(String name, String path, String selector, String readSelector, boolean signedIn) {}

    record Network(String name, double latencyMs, double kbitPerSecond) {}

    record Resource(
            String url,
            String type,
            String encoding,
            String cacheControl,
            int status,
            long transferred,
            long size,
            boolean fromCache,
            double startMs,
            double endMs) {}

    record Run(
            long bytes,
            int requests,
            double fcpMs,
            double readableMs,
            double usableMs,
            double idleMs,
            List<Resource> resources) {}

    static final Network LOCAL = new Network("local", 0, 0);
    static final Network SLOW_3G = new Network("slow 3G", 400, 400);

    @Test
    void firstVisits() throws IOException {
        String base = System.getProperty("bench.url", "http://localhost:18081");
        int runs = Integer.getInteger("bench.runs", 3);
        int slowRuns = Integer.getInteger("bench.slowRuns", 1);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        StringBuilder out = new StringBuilder();
        try (Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright
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
                                        "--disable-dev-shm-usage")))) {
            // Setup (not measured, own context): the demo ids and a signed-in session for the appeal form.
            BrowserContext setup = newContext(browser);
            Page p = setup.newPage();
            p.setDefaultTimeout(30_000);
            String draft = "/consultations/" + firstId(setup, base + "/api/v1/consultations", "OPEN");
            String petition = "/petition/" + firstId(setup, base + "/api/v1/petitions", "COLLECTING");
            signIn(p, base, "citizen.kz@pikir.demo");
            List<Cookie> session = setup.cookies();
            setup.close();

            List<Target> targets = List.of(
                    // readable: the page's text on screen, from the light server-rendered version or the view
                    new Target("home /", "/", "#country-card-kz", ".pikir-light-home h1, #country-card-kz", false),
                    new Target(
                            "draft law " + draft,
                            draft,
                            "#toc-whole",
                            ".pikir-light-draft .pikir-light-text, #toc-whole",
                            false),
                    new Target("appeal form /appeals/new", "/appeals/new", "#appeal-submit", "#appeal-submit", true),
                    new Target(
                            "petition " + petition,
                            petition,
                            "#petition-title",
                            ".pikir-light-petition h1, #petition-title",
                            false));

            out.append("First visit, Chromium ")
                    .append(browser.version())
                    .append(", 360×740, ")
                    .append(base)
                    .append(", ")
                    .append(Instant.now())
                    .append('\n')
                    .append("load average before: ")
                    .append(loadBefore)
                    .append("\n\n");
            out.append(String.format(
                    Locale.ROOT,
                    "| page | network | cache | transferred | requests | FCP | readable | usable | network idle |%n"
                            + "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |%n"));
            Map<String, Run> coldLocal = new LinkedHashMap<>();
            Run homeSlow = null;
            Run homeWarm = null;
            for (Target target : targets) {
                for (Network network : List.of(LOCAL, SLOW_3G)) {
                    int n = network == LOCAL ? runs : slowRuns;
                    List<Run> cold = new ArrayList<>();
                    List<Run> warm = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        BrowserContext context = newContext(browser);
                        if (target.signedIn()) {
                            context.addCookies(session);
                        }
                        cold.add(visit(
                                context, base + target.path(), target.selector(), target.readSelector(), network));
                        warm.add(visit(
                                context, base + target.path(), target.selector(), target.readSelector(), network));
                        context.close();
                    }
                    Run c = median(cold);
                    Run w = median(warm);
                    row(out, target.name(), network.name(), "cold", c);
                    row(out, target.name(), network.name(), "warm", w);
                    if (network == LOCAL) {
                        coldLocal.put(target.name(), cold.getFirst());
                        if (homeWarm == null) {
                            homeWarm = warm.getFirst();
                        }
                    } else if (homeSlow == null) {
                        homeSlow = cold.getFirst();
                    }
                }
            }
            out.append("\nload average after: ")
                    .append(Files.readString(Path.of("/proc/loadavg")).trim())
                    .append('\n');

            out.append("\nWhere the bytes of a cold first visit go (local network; later pages: only resources"
                    + " the home page did not load)\n\n");
            out.append("| page | resource | type | encoding | cache-control | transferred | size |\n"
                    + "| --- | --- | --- | --- | --- | ---: | ---: |\n");
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Map.Entry<String, Run> e : coldLocal.entrySet()) {
                List<Resource> sorted = new ArrayList<>(e.getValue().resources());
                sorted.sort(Comparator.comparingLong(Resource::transferred).reversed());
                for (Resource r : sorted) {
                    String path = shortPath(r.url());
                    if (!seen.add(path.replaceAll("\\?.*", "")) && !"document".equals(r.type())) {
                        continue;
                    }
                    out.append(String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %s | %s | %s | %s |%n",
                            e.getKey(),
                            path,
                            r.type(),
                            r.encoding(),
                            r.cacheControl(),
                            kb(r.transferred()),
                            kb(r.size())));
                }
            }
            out.append("\nWarm visit of the home page (local): what still goes over the network\n\n"
                    + "| resource | status | cache-control | transferred |\n| --- | ---: | --- | ---: |\n");
            for (Resource r : homeWarm.resources()) {
                if (!r.fromCache()) {
                    out.append(String.format(
                            Locale.ROOT,
                            "| %s | %d | %s | %s |%n",
                            shortPath(r.url()),
                            r.status(),
                            r.cacheControl(),
                            kb(r.transferred())));
                }
            }
            if (homeSlow != null) {
                out.append("\nWaterfall of the home page, cold, slow 3G (ms from navigation start; FCP ")
                        .append(ms(homeSlow.fcpMs()))
                        .append(", usable ")
                        .append(ms(homeSlow.usableMs()))
                        .append(")\n\n| start | end | transferred | resource |\n| ---: | ---: | ---: | --- |\n");
                List<Resource> sorted = new ArrayList<>(homeSlow.resources());
                sorted.sort(Comparator.comparingDouble(Resource::startMs));
                for (Resource r : sorted) {
                    out.append(String.format(
                            Locale.ROOT,
                            "| %s | %s | %s | %s |%n",
                            ms(r.startMs()),
                            ms(r.endMs()),
                            kb(r.transferred()),
                            shortPath(r.url())));
                }
            }
        }
        Path file = Path.of("target", "bench", "first-visit.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println(out);
        assertThat(out).contains("| home / | local | cold |");
    }

    static BrowserContext newContext(Browser browser) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("en-US").setViewportSize(360, 740));
        context.setDefaultTimeout(120_000);
        return context;
    }

    /** One visit in a new tab of the context: CDP network events give bytes and timings. */
    static Run visit(BrowserContext context, String url, String selector, String readSelector, Network network) {
        Page page = context.newPage();
        CDPSession cdp = context.newCDPSession(page);
        Map<String, JsonObject> sent = new LinkedHashMap<>();
        Map<String, JsonObject> responses = new LinkedHashMap<>();
        Map<String, Long> decoded = new LinkedHashMap<>();
        Map<String, JsonObject> finished = new LinkedHashMap<>();
        java.util.Set<String> cached = new java.util.HashSet<>();
        cdp.on(
                "Network.requestWillBeSent",
                e -> sent.putIfAbsent(e.get("requestId").getAsString(), e));
        cdp.on("Network.responseReceived", e -> responses.put(e.get("requestId").getAsString(), e));
        cdp.on(
                "Network.requestServedFromCache",
                e -> cached.add(e.get("requestId").getAsString()));
        cdp.on(
                "Network.dataReceived",
                e -> decoded.merge(
                        e.get("requestId").getAsString(), e.get("dataLength").getAsLong(), Long::sum));
        cdp.on("Network.loadingFinished", e -> finished.put(e.get("requestId").getAsString(), e));
        cdp.on("Network.loadingFailed", e -> finished.put(e.get("requestId").getAsString(), e));
        cdp.send("Network.enable");
        if (network.latencyMs() > 0) {
            JsonObject conditions = new JsonObject();
            conditions.addProperty("offline", false);
            conditions.addProperty("latency", network.latencyMs());
            conditions.addProperty("downloadThroughput", network.kbitPerSecond() * 1000 / 8);
            conditions.addProperty("uploadThroughput", network.kbitPerSecond() * 1000 / 8);
            cdp.send("Network.emulateNetworkConditions", conditions);
        }
        page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        // readable: the first element of the page's own text laid out and visible (the light version or the view)
        double readable = ((Number) page.waitForFunction(
                                "sel => { const el = [...document.querySelectorAll(sel)].find(e =>"
                                        + " e.getBoundingClientRect().height > 0"
                                        + " && getComputedStyle(e).visibility !== 'hidden');"
                                        + " return el ? performance.now() : false; }",
                                readSelector)
                        .jsonValue())
                .doubleValue();
        double usable = ((Number) page.waitForFunction(
                                "sel => {"
                                        + " const el = document.querySelector(sel);"
                                        + " if (!el || el.getBoundingClientRect().height === 0) return false;"
                                        + " if (el.localName.includes('-') && !customElements.get(el.localName))"
                                        + "   return false;"
                                        + " const clients = Object.values((window.Vaadin && Vaadin.Flow"
                                        + "   && Vaadin.Flow.clients) || {});"
                                        + " if (clients.some(c => c.isActive && c.isActive())) return false;"
                                        + " return performance.now(); }",
                                selector)
                        .jsonValue())
                .doubleValue();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(300);
        Object fcp = page.evaluate("() => { const e = performance.getEntriesByName('first-contentful-paint')[0];"
                + " return e ? e.startTime : -1; }");
        double fcpMs = ((Number) fcp).doubleValue();
        JsonObject document = sent.values().stream()
                .filter(e -> "Document".equals(type(e)))
                .findFirst()
                .orElseThrow();
        // CDP timestamps are seconds on a monotonic clock; performance.now() counts from the navigation start,
        // which is the document request's timestamp within a millisecond or two.
        double origin = document.get("timestamp").getAsDouble();
        List<Resource> resources = new ArrayList<>();
        long bytes = 0;
        int requests = 0;
        double idle = 0;
        for (Map.Entry<String, JsonObject> e : sent.entrySet()) {
            String id = e.getKey();
            JsonObject request = e.getValue();
            JsonObject end = finished.get(id);
            JsonObject response = responses.get(id);
            String reqUrl = request.getAsJsonObject("request").get("url").getAsString();
            if (reqUrl.startsWith("data:")) {
                continue;
            }
            long transferred = end != null && end.has("encodedDataLength")
                    ? end.get("encodedDataLength").getAsLong()
                    : 0;
            boolean fromCache =
                    cached.contains(id) || flag(response, "fromDiskCache") || flag(response, "fromMemoryCache");
            double endMs = end != null ? (end.get("timestamp").getAsDouble() - origin) * 1000 : -1;
            idle = Math.max(idle, endMs);
            bytes += transferred;
            if (!fromCache) {
                requests++;
            }
            resources.add(new Resource(
                    reqUrl,
                    type(request).toLowerCase(Locale.ROOT),
                    header(response, "content-encoding"),
                    header(response, "cache-control"),
                    response == null
                            ? 0
                            : response.getAsJsonObject("response").get("status").getAsInt(),
                    transferred,
                    decoded.getOrDefault(id, 0L),
                    fromCache,
                    (request.get("timestamp").getAsDouble() - origin) * 1000,
                    endMs));
        }
        cdp.detach();
        page.close();
        return new Run(bytes, requests, fcpMs, readable, usable, idle, resources);
    }

    static boolean flag(JsonObject response, String name) {
        return response != null
                && response.getAsJsonObject("response").has(name)
                && response.getAsJsonObject("response").get(name).getAsBoolean();
    }

    static String type(JsonObject requestWillBeSent) {
        return requestWillBeSent.has("type") ? requestWillBeSent.get("type").getAsString() : "Other";
    }

    static String header(JsonObject response, String name) {
        if (response == null) {
            return "";
        }
        JsonObject headers = response.getAsJsonObject("response").getAsJsonObject("headers");
        for (String key : headers.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return headers.get(key).getAsString().replace('|', '/');
            }
        }
        return "—";
    }

    static Run median(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(Run::usableMs));
        return sorted.get((sorted.size() - 1) / 2);
    }

    static void row(StringBuilder out, String page, String network, String cache, Run run) {
        out.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %d | %s | %s | %s | %s |%n",
                page,
                network,
                cache,
                kb(run.bytes()),
                run.requests(),
                ms(run.fcpMs()),
                ms(run.readableMs()),
                ms(run.usableMs()),
                ms(run.idleMs())));
    }

    /** Id of the first item of an open-data API list with the given status (the demo data's ids vary). */
    static long firstId(BrowserContext context, String apiUrl, String status) {
        JsonObject list =
                JsonParser.parseString(context.request().get(apiUrl).text()).getAsJsonObject();
        for (var item : list.getAsJsonArray("items")) {
            if (status.equals(item.getAsJsonObject().get("status").getAsString())) {
                return item.getAsJsonObject().get("id").getAsLong();
            }
        }
        throw new IllegalStateException("no " + status + " item in " + apiUrl + " (demo data loaded?)");
    }

    static void signIn(Page page, String base, String email) {
        page.navigate(base + "/login");
        page.locator("#login-form input[name='username']").fill(email);
        page.locator("#login-form input[name='password']").fill(DEMO_PASSWORD);
        page.locator("#login-form vaadin-button[slot='submit'], #login-form button[type='submit']")
                .first()
                .click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    static String shortPath(String url) {
        String path = URI.create(url).getRawPath();
        String query = URI.create(url).getRawQuery();
        path = path.replaceAll("-[0-9a-f]{64}-", "-…-");
        return path + (query == null ? "" : "?" + (query.length() > 30 ? query.substring(0, 30) + "…" : query));
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    static String ms(double millis) {
        return millis < 0 ? "—" : String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }
}
