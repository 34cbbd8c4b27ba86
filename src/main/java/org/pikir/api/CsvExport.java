package org.pikir.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pikir.shared.chart.Csv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Streams a CSV export in chunks (memory bounded by one chunk, whatever the number of rows) and charges it to the
 * caller's rate limit by the rows it sends: one token per {@link #ROWS_PER_TOKEN} rows, the cost of the JSON pages
 * carrying the same rows, at most a full bucket. The rows are counted first: a caller who cannot afford them gets
 * 429 with Retry-After before anything is streamed, and the answer carries the count ({@link #ROW_COUNT}) and a
 * download name ({@code Content-Disposition}).
 */
@Component
class CsvExport {

    static final int ROWS_PER_TOKEN = 100;
    static final int CHUNK = 500;
    static final String ROW_COUNT = "X-Row-Count";

    private static final Logger log = LoggerFactory.getLogger(CsvExport.class);

    /** Rows {@code offset .. offset + limit - 1} of the export, in a stable order. */
    @FunctionalInterface
    interface Rows {
        List<List<String>> chunk(int offset, int limit);
    }

    private final RateLimiter limiter;

    CsvExport(RateLimiter apiRateLimiter) {
        this.limiter = apiRateLimiter;
    }

    /** The tokens an export of {@code rows} rows costs (the request's own token included). */
    static long cost(long rows) {
        return Math.max(1, (rows + ROWS_PER_TOKEN - 1) / ROWS_PER_TOKEN);
    }

    void stream(
            HttpServletRequest request,
            HttpServletResponse response,
            String filename,
            List<String> header,
            long count,
            Rows rows)
            throws IOException {
        // the rate-limit filter took one token for the request; the rest of the cost before the first byte, at most
        // what a full bucket holds besides that token (a bigger export must stay affordable)
        long extra = Math.min(cost(count) - 1, limiter.capacity() - 1L);
        if (extra > 0) {
            long wait;
            try {
                wait = limiter.acquire(request.getRemoteAddr(), extra);
            } catch (RateLimiter.BucketsUnavailable e) {
                log.warn("CSV export not charged: {}", e.getMessage());
                wait = 0;
            }
            if (wait > 0) {
                response.setHeader("Retry-After", String.valueOf(wait));
                ApiErrorConfig.write(
                        response,
                        429,
                        Problems.json(429, "this export of " + count + " rows costs " + cost(count) + " requests"));
                return;
            }
        }
        // an ETag would need the whole body in memory: exports stream without one
        ShallowEtagHeaderFilter.disableContentCaching(request);
        response.setStatus(200);
        response.setContentType(OpenDataController.CSV.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", OpenDataController.CACHE.getHeaderValue());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setHeader(ROW_COUNT, Long.toString(count));
        Writer out = response.getWriter();
        out.write(Csv.BOM);
        out.write(Csv.line(header));
        // never more rows than counted: the header tells the truth even if rows are added meanwhile
        long written = 0;
        while (written < count) {
            int limit = (int) Math.min(CHUNK, count - written);
            List<List<String>> chunk = rows.chunk((int) written, limit);
            for (List<String> row : chunk) {
                out.write(Csv.line(row));
            }
            written += chunk.size();
            out.flush();
            if (chunk.size() < limit) {
                break;
            }
        }
    }
}
