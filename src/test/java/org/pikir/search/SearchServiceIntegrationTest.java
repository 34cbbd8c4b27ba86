package org.pikir.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.search.SearchRecords.SearchHit;
import org.pikir.search.SearchRecords.SearchPage;
import org.pikir.search.SearchRecords.SearchQuery;
import org.pikir.search.SearchRecords.Snippet;
import org.pikir.search.SearchRecords.SnippetPart;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/** The query side: language-aware matching, snippets, filters, paging and validation, on documents put directly. */
@IntegrationTest
class SearchServiceIntegrationTest {

    @Autowired
    SearchService search;

    @Autowired
    SearchTestSupport index;

    @Test
    void findsContentByStemInItsOwnLanguageWithHighlightedSnippets() {
        String tag = tag();
        index.put(
                SearchKind.COMMENT,
                tag + "-kk",
                "KZ",
                null,
                null,
                "Оқу-ағарту туралы заң",
                "Мектептердегі оқулықтар жетіспейді, балаларға жаңа кітаптар керек " + tag,
                "consultations/1",
                Instant.parse("2026-04-01T10:00:00Z"));
        index.put(
                SearchKind.COMMENT,
                tag + "-ru",
                "KZ",
                null,
                null,
                null,
                "Граждане обсуждают законопроекты о налогах " + tag,
                "consultations/1",
                Instant.parse("2026-04-02T10:00:00Z"));
        index.put(
                SearchKind.PETITION,
                tag + "-en",
                "KG",
                "en",
                "Street lights",
                null,
                "The street lights in our district have been broken for months " + tag,
                "petition/1",
                Instant.parse("2026-05-01T10:00:00Z"));

        // Kazakh stemming: "мектеп" finds "Мектептердегі"; Russian: "налог" finds "налогах"; English: "light".
        SearchPage kk = search.search(SearchQuery.of("мектеп " + tag));
        assertThat(kk.hits()).extracting(SearchHit::refId).containsExactly(tag + "-kk");
        SearchHit hit = kk.hits().getFirst();
        assertThat(hit.lang()).isEqualTo("kk");
        assertThat(hit.kind()).isEqualTo(SearchKind.COMMENT);
        assertThat(hit.country()).isEqualTo("KZ");
        assertThat(hit.context()).isEqualTo("Оқу-ағарту туралы заң");
        assertThat(hit.url()).isEqualTo("consultations/1");
        assertThat(hit.snippets())
                .anySatisfy(s -> assertThat(s.parts()).contains(new SnippetPart("Мектептердегі", true)));
        assertThat(kk.total()).isEqualTo(1);
        assertThat(kk.totalExact()).isTrue();
        assertThat(refs(SearchQuery.of("налог " + tag))).containsExactly(tag + "-ru");
        assertThat(refs(SearchQuery.of("light " + tag))).containsExactly(tag + "-en");
        // A comment's context (the draft's title) is shown, not searched.
        assertThat(refs(SearchQuery.of("ағарту " + tag))).isEmpty();
        // A petition's title is searched.
        assertThat(refs(SearchQuery.of("street " + tag))).containsExactly(tag + "-en");
    }

    @Test
    void findsUzbekContentWhateverApostropheItIsWrittenWith() {
        // Uzbek has no stemmer (light analysis): its normalisation makes o‘ (U+2018), oʻ (U+02BB) and o' one letter.
        String tag = tag();
        index.put(
                SearchKind.COMMENT,
                tag + "-uz",
                "UZ",
                "uz",
                null,
                null,
                "O‘zbekiston bilan hamkorlik, maktablar uchun yangi kitoblar kerak " + tag,
                "consultations/2",
                Instant.parse("2026-04-03T10:00:00Z"));
        assertThat(refs(SearchQuery.of("o'zbekiston " + tag))).containsExactly(tag + "-uz");
        assertThat(refs(SearchQuery.of("Oʻzbekiston kitoblar " + tag))).containsExactly(tag + "-uz");
        assertThat(refs(SearchQuery.of("\"o'zbekiston bilan hamkorlik\" " + tag)))
                .containsExactly(tag + "-uz");
        assertThat(search.search(SearchQuery.of("o'zbekiston " + tag))
                        .hits()
                        .getFirst()
                        .snippets())
                .anySatisfy(s -> assertThat(s.parts()).contains(new SnippetPart("O‘zbekiston", true)));
    }

    @Test
    void functionWordsOfAnyLanguageAreNotRequired() {
        String tag = tag();
        index.put(
                SearchKind.COMMENT,
                tag,
                "KZ",
                "ru",
                null,
                null,
                "Нужен новый закон по налогам " + tag,
                "u",
                Instant.parse("2026-04-01T10:00:00Z"));
        // "о" is in no hit (the text says "по"); as a Russian function word it must not be required.
        assertThat(refs(SearchQuery.of("закон о налогах " + tag))).containsExactly(tag);
        assertThat(refs(SearchQuery.of("the закон " + tag))).containsExactly(tag);
        assertThat(search.search(SearchQuery.of("и в на")).hits()).isEmpty();
    }

    @Test
    void filtersByCountryKindLanguageAndDate() {
        String tag = tag();
        index.put(
                SearchKind.COMMENT,
                tag + "-1",
                "KZ",
                "ru",
                null,
                null,
                "Первый текст " + tag,
                "u",
                Instant.parse("2026-04-01T10:00:00Z"));
        index.put(
                SearchKind.PETITION,
                tag + "-2",
                "KZ",
                "ru",
                "Петиция",
                null,
                "Второй текст " + tag,
                "u",
                Instant.parse("2026-04-20T10:00:00Z"));
        index.put(
                SearchKind.COMMENT,
                tag + "-3",
                "UZ",
                "en",
                null,
                null,
                "Third text " + tag,
                "u",
                Instant.parse("2026-05-10T10:00:00Z"));

        assertThat(refs(query(tag, "KZ", null, null, null, null))).containsExactlyInAnyOrder(tag + "-1", tag + "-2");
        assertThat(refs(query(tag, null, SearchKind.PETITION, null, null, null)))
                .containsExactly(tag + "-2");
        assertThat(refs(query(tag, null, null, "en", null, null))).containsExactly(tag + "-3");
        assertThat(refs(query(tag, null, null, null, Instant.parse("2026-04-15T00:00:00Z"), null)))
                .containsExactlyInAnyOrder(tag + "-2", tag + "-3");
        // "to" is exclusive: a day's end bound is the next midnight.
        assertThat(refs(query(tag, null, null, null, null, Instant.parse("2026-04-20T10:00:00Z"))))
                .containsExactly(tag + "-1");
        assertThat(refs(query(
                        tag,
                        "KZ",
                        SearchKind.COMMENT,
                        "ru",
                        Instant.parse("2026-03-01T00:00:00Z"),
                        Instant.parse("2026-04-02T00:00:00Z"))))
                .containsExactly(tag + "-1");
        assertThat(refs(query(tag, "TM", null, null, null, null))).isEmpty();
    }

    @Test
    void pagesThroughHitsAndReportsWhetherThereIsMore() {
        String tag = tag();
        for (int i = 0; i < 25; i++) {
            index.put(
                    SearchKind.COMMENT,
                    tag + "-" + i,
                    "KG",
                    "ru",
                    null,
                    null,
                    "Сообщение номер " + i + " " + tag,
                    "u",
                    Instant.parse("2026-04-01T10:00:00Z").plusSeconds(i));
        }
        SearchPage first = search.search(new SearchQuery(tag, null, null, null, null, null, 0, 20));
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.hits()).hasSize(20);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.hasPrevious()).isFalse();
        SearchPage second = search.search(new SearchQuery(tag, null, null, null, null, null, 1, 20));
        assertThat(second.hits()).hasSize(5);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hits())
                .extracting(SearchHit::refId)
                .doesNotContainAnyElementsOf(
                        first.hits().stream().map(SearchHit::refId).toList());
    }

    @Test
    void userTextThatLooksLikeMarkupStaysText() {
        String tag = tag();
        index.put(
                SearchKind.COMMENT,
                tag,
                "KZ",
                "en",
                null,
                null,
                "Please write <em>bold</em> and <script>alert(1)</script> " + tag + " \uE000x\uE001",
                "u",
                Instant.parse("2026-04-01T10:00:00Z"));
        Snippet snippet =
                search.search(SearchQuery.of(tag)).hits().getFirst().snippets().getFirst();
        assertThat(snippet.parts())
                .filteredOn(SnippetPart::match)
                .extracting(SnippetPart::text)
                .containsExactly(tag);
        assertThat(snippet.parts())
                .filteredOn(p -> !p.match())
                .extracting(SnippetPart::text)
                .anySatisfy(t -> assertThat(t).contains("<em>bold</em>").contains("<script>"));
        assertThat(snippet.marked()).contains("<em>" + tag + "</em>");
    }

    @Test
    void rejectsEmptyTooLongOrWordlessQueriesAndReversedDates() {
        assertThatThrownBy(() -> search.search(SearchQuery.of("  ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("text").key()).isEqualTo("search.error.empty"));
        assertThatThrownBy(() -> search.search(SearchQuery.of("x".repeat(201))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("text").key()).isEqualTo("search.error.tooLong"));
        assertThatThrownBy(() -> search.search(SearchQuery.of("+-*\"")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("text").key()).isEqualTo("search.error.noWords"));
        assertThatThrownBy(() -> search.search(query(
                        "налог",
                        null,
                        null,
                        null,
                        Instant.parse("2026-05-01T00:00:00Z"),
                        Instant.parse("2026-04-01T00:00:00Z"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("to").key()).isEqualTo("search.error.dateOrder"));
        // Operators of the query syntax that would be slow at scale are plain characters.
        assertThat(search.search(SearchQuery.of("налог*")).hits()).isNotNull();
    }

    @Test
    void snippetMarkersAreSplitIntoParts() {
        Snippet s = SearchService.snippet("a " + SearchService.START + "b" + SearchService.END + " c "
                + SearchService.START + "d" + SearchService.END);
        assertThat(s.parts())
                .containsExactly(
                        new SnippetPart("a ", false),
                        new SnippetPart("b", true),
                        new SnippetPart(" c ", false),
                        new SnippetPart("d", true));
        assertThat(SearchService.snippet("no match").parts()).containsExactly(new SnippetPart("no match", false));
    }

    @Test
    void functionWordsAreDroppedOutsideQuotedPhrasesOnly() {
        assertThat(QueryText.withoutFunctionWords("закон о налогах")).isEqualTo("закон налогах");
        assertThat(QueryText.withoutFunctionWords("The law AND тіркеу және мерзім"))
                .isEqualTo("law тіркеу мерзім");
        assertThat(QueryText.withoutFunctionWords("\"закон о налогах\" и штраф"))
                .isEqualTo("\"закон о налогах\" штраф");
        assertThat(QueryText.withoutFunctionWords("и в на")).isEmpty();
    }

    private SearchQuery query(String text, String country, SearchKind kind, String lang, Instant from, Instant to) {
        return new SearchQuery(text, country, kind, lang, from, to, 0, 20);
    }

    private List<String> refs(SearchQuery q) {
        return search.search(q).hits().stream().map(SearchHit::refId).toList();
    }

    static String tag() {
        return "t" + Long.toString(System.nanoTime(), 36);
    }
}
