package org.pikir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pikir.shared.HostileAssertions.expect;
import static org.pikir.shared.HostileAssertions.rejected;
import static org.pikir.shared.HostileAssertions.stored;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pikir.search.SearchRecords.SearchHit;
import org.pikir.search.SearchRecords.SearchPage;
import org.pikir.search.SearchRecords.SearchQuery;
import org.pikir.search.SearchRecords.SnippetPart;
import org.pikir.shared.Hostile;
import org.pikir.shared.HostileAssertions.Outcome;
import org.pikir.shared.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input on the full-text search: every payload is a clear error or a plain query (never a Lucene syntax
 * error, never a wildcard), and stored markup comes back in snippets as text parts, not as HTML.
 */
@IntegrationTest
class HostileInputSearchTest {

    @Autowired
    SearchService search;

    @Autowired
    SearchTestSupport index;

    static Outcome expected(Hostile payload) {
        return switch (payload) {
            case EMPTY -> rejected("search.error.empty");
            case WHITESPACE_ONLY -> rejected("search.error.noWords");
            case TEN_MEGABYTES, LONG_LINE -> rejected("search.error.tooLong");
            default -> stored();
        };
    }

    @ParameterizedTest(name = "query: {0}")
    @EnumSource(Hostile.class)
    void query(Hostile payload) {
        SearchPage page = expect(expected(payload), "text", () -> search.search(SearchQuery.of(payload.value())));
        if (page != null) {
            assertThat(page.hits()).allSatisfy(HostileInputSearchTest::plainParts);
        }
    }

    @ParameterizedTest(name = "filters: {0}")
    @EnumSource(Hostile.class)
    void filtersTakeAnyTextAsAValueNotAsSyntax(Hostile payload) {
        SearchPage page = search.search(
                new SearchQuery("закон", payload.value(), null, payload.value(), null, null, Integer.MAX_VALUE, -5));
        assertThat(page.hits()).isEmpty();
    }

    /** Only punctuation is no query at all: "%" must not become a wildcard for every document. */
    @ParameterizedTest(name = "no words: {0}")
    @ValueSource(
            strings = {
                "%",
                "_",
                "\\",
                "%%",
                "%_%",
                "*",
                "?",
                "\"\"",
                "()",
                "-",
                "|",
                "+",
                "~",
                "*:*",
                "\\\"\\\\",
                "\uE000\uE001"
            })
    void punctuationOnlyIsRefused(String text) {
        expect(rejected("search.error.noWords"), "text", () -> search.search(SearchQuery.of(text)));
    }

    /** Query syntax a person might type by accident or on purpose: a plain query, never an error page. */
    @ParameterizedTest(name = "syntax: {0}")
    @ValueSource(
            strings = {
                "\"unclosed phrase",
                "(((закон",
                "закон)))",
                "a | | b",
                "закон -",
                "закон\\",
                "зак*",
                "закон~2",
                "закон^10",
                "title:закон",
                "закон AND OR NOT",
                "закон \\\"\\\\"
            })
    void querySyntaxIsHarmless(String text) {
        expect(stored(), "text", () -> search.search(SearchQuery.of(text)));
    }

    @Test
    void percentSearchesFindOnlyLiteralOnesAndMarkupComesBackAsText() {
        String tag = "hostile" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        index.put(
                SearchKind.COMMENT,
                tag + "-1",
                "KZ",
                "en",
                null,
                null,
                "Tariffs rose 100% this year <script>alert(1)</script> javascript:alert(2) " + tag,
                "consultations/1",
                Instant.parse("2026-04-01T10:00:00Z"));
        index.put(
                SearchKind.COMMENT,
                tag + "-2",
                "KZ",
                "en",
                null,
                null,
                "Tariffs rose a little this year " + tag,
                "consultations/1",
                Instant.parse("2026-04-01T10:00:00Z"));

        assertThat(ids(tag + " 100%")).containsExactly(tag + "-1");
        assertThat(ids(tag + " %")).containsExactlyInAnyOrder(tag + "-1", tag + "-2");

        List<SearchHit> hits = search.search(SearchQuery.of(tag + " script")).hits();
        assertThat(hits).singleElement().satisfies(h -> {
            String text = h.snippets().stream()
                    .flatMap(s -> s.parts().stream())
                    .map(SnippetPart::text)
                    .reduce("", String::concat);
            assertThat(text).contains("<script>alert(1)</script>");
        });
    }

    private List<String> ids(String text) {
        return search.search(SearchQuery.of(text)).hits().stream()
                .map(SearchHit::refId)
                .toList();
    }

    private static void plainParts(SearchHit hit) {
        assertThat(hit.snippets())
                .allSatisfy(s -> assertThat(s.parts())
                        .allSatisfy(p -> assertThat(p.text()).doesNotContain(SearchService.START, SearchService.END)));
    }
}
