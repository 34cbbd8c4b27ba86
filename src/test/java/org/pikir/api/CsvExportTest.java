package org.pikir.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** CSV exports: charged by rows before streaming, streamed in bounded chunks, with a row count and a file name. */
@IntegrationTest
class CsvExportTest {

    @Autowired
    DataSource dataSource;

    private final MutableClock clock = new MutableClock();
    private final String client = "10.77." + UUID.randomUUID().hashCode() % 250 + ".1/" + UUID.randomUUID();

    /** Rows that record which chunks were asked for. */
    private static final class Recorded implements CsvExport.Rows {
        final List<int[]> calls = new ArrayList<>();

        @Override
        public List<List<String>> chunk(int offset, int limit) {
            calls.add(new int[] {offset, limit});
            return IntStream.range(offset, offset + limit)
                    .mapToObj(i -> List.of(Integer.toString(i), "row " + i))
                    .toList();
        }
    }

    private MockHttpServletResponse export(CsvExport export, long rows, Recorded source) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/x.csv");
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        export.stream(request, response, "x.csv", List.of("id", "text"), rows, source);
        return response;
    }

    @Test
    void anExportCostsOneTokenPerHundredRowsAndIsRefusedBeforeStreamingWhenTheCallerCannotAffordIt() throws Exception {
        // 5 tokens, practically no refill
        CsvExport export = new CsvExport(new RateLimiter(RateLimiter.buckets(dataSource, clock), 5, 0.0001));
        assertThat(CsvExport.cost(1)).isEqualTo(1);
        assertThat(CsvExport.cost(100)).isEqualTo(1);
        assertThat(CsvExport.cost(101)).isEqualTo(2);
        assertThat(CsvExport.cost(250)).isEqualTo(3);

        // 250 rows cost 3 tokens: the filter took 1, the export takes 2 more (5 → 3 → 1)
        assertThat(export(export, 250, new Recorded()).getStatus()).isEqualTo(200);
        assertThat(export(export, 250, new Recorded()).getStatus()).isEqualTo(200);
        Recorded untouched = new Recorded();
        MockHttpServletResponse refused = export(export, 250, untouched);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429").contains("250 rows costs 3");
        assertThat(untouched.calls).as("nothing read, nothing streamed").isEmpty();
        // a small export (one token, already taken by the filter) still passes
        assertThat(export(export, 40, new Recorded()).getStatus()).isEqualTo(200);
    }

    @Test
    void rowsStreamInChunksWithTheirCountAndADownloadName() throws Exception {
        CsvExport export = new CsvExport(new RateLimiter(RateLimiter.buckets(dataSource, clock), 120, 2));
        Recorded source = new Recorded();
        MockHttpServletResponse response = export(export, 1_234, source);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(CsvExport.ROW_COUNT)).isEqualTo("1234");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"x.csv\"");
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(source.calls).extracting(c -> c[0] + "+" + c[1]).containsExactly("0+500", "500+500", "1000+234");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFid,text\r\n0,row 0\r\n").endsWith("1233,row 1233\r\n");
        assertThat(body.split("\r\n")).hasSize(1 + 1_234);
    }

    @Test
    void anExportLargerThanTheBucketCostsTheWholeBucketAndNotMore() throws Exception {
        CsvExport export = new CsvExport(new RateLimiter(RateLimiter.buckets(dataSource, clock), 10, 0.0001));
        // 100 000 rows would cost 1 000 tokens: a full bucket is enough (never unaffordable); the export takes all
        // but the token the filter takes for the request (here none: 1 left)
        assertThat(export(export, 100_000, new Recorded()).getStatus()).isEqualTo(200);
        assertThat(export(export, 250, new Recorded()).getStatus()).isEqualTo(429);
    }
}
