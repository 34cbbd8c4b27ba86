package org.pikir.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.pikir.shared.E2ETest;
import org.springframework.test.context.TestPropertySource;

/**
 * What a cheap phone downloads (issue 16), over HTTP against the app in production mode (the bundle the build
 * wrote, as in the packaged jar): every static resource of the first page compressed when the browser accepts it,
 * and the content-hashed ones cached for a year. Figures: bench/first-visit.sh and docs/benchmarks.md.
 */
@TestPropertySource(properties = "vaadin.productionMode=true")
class WireWeightHttpE2ETest extends E2ETest {

    static final String BROWSER = "gzip, deflate, br, zstd";
    static final Pattern MAIN_BUNDLE = Pattern.compile("src=\"\\./(VAADIN/build/indexhtml-[^\"]+\\.js)\"");
    static final Pattern LUMO = Pattern.compile("href=\"\\./(lumo/lumo\\.css\\?v-c=[^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theBootstrapPageIsGzippedAndNeverCached() {
        HttpResponse<byte[]> page = get("/", BROWSER);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(page, "Cache-Control")).contains("no-store");
        assertThat(text(page)).contains("<div id=\"outlet\">");
    }

    @Test
    void lumoComesPreCompressedAndImmutableAndNotItsUtilitySheet() {
        String page = text(get("/", BROWSER));
        assertThat(page).doesNotContain("lumo/utility.css");
        String lumo = "/" + find(LUMO, page);

        HttpResponse<byte[]> compressed = get(lumo, BROWSER);
        HttpResponse<byte[]> plain = get(lumo, null);

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(header(compressed, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(compressed, "Vary")).containsIgnoringCase("Accept-Encoding");
        assertThat(header(compressed, "Cache-Control")).isEqualTo("max-age=31536000, immutable");
        // Chromium revalidates anything with Pragma: no-cache, whatever Cache-Control says.
        assertThat(header(compressed, "Pragma")).isEmpty();
        assertThat(compressed.body().length).isLessThan(plain.body().length / 4);
        // The .gz the build wrote is the sheet the jar carries, not an older one.
        assertThat(text(compressed)).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(header(plain, "Content-Encoding")).isEmpty();
    }

    @Test
    void theMainBundleIsBrotliOrGzipAndCachedForAYear() {
        String bundle = "/" + find(MAIN_BUNDLE, text(get("/", BROWSER)));

        HttpResponse<byte[]> brotli = get(bundle, BROWSER);
        assertThat(brotli.statusCode()).isEqualTo(200);
        assertThat(header(brotli, "Content-Encoding")).isEqualTo("br");
        assertThat(header(brotli, "Cache-Control")).isEqualTo("max-age=31536000, immutable");
        assertThat(header(brotli, "Pragma")).isEmpty();
        assertThat(header(brotli, "Expires")).isEmpty();

        // A browser without Brotli gets gzip, compressed on the fly.
        HttpResponse<byte[]> gzip = get(bundle, "gzip");
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(text(gzip)).isEqualTo(new String(get(bundle, null).body(), StandardCharsets.UTF_8));
    }

    @Test
    void ownStyleSheetsAreGzipped() {
        HttpResponse<byte[]> css = get("/styles/pikir.css", BROWSER);

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Content-Encoding")).isEqualTo("gzip");
        assertThat(text(css)).contains(".pikir-brand");
    }

    @Test
    void aMissingHashedFileIsNotCachedForAYear() {
        HttpResponse<byte[]> missing = get("/VAADIN/build/no-such-file-0000.js", BROWSER);

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(header(missing, "Cache-Control")).doesNotContain("immutable");
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return String.join(", ", response.headers().allValues(name));
    }

    /** The body as text, gunzipped if it came gzipped. */
    private static String text(HttpResponse<byte[]> response) {
        if (!"gzip".equals(header(response, "Content-Encoding"))) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as("%s in the bootstrap page:%n%s", pattern, page).isTrue();
        return m.group(1);
    }
}
