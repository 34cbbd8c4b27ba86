package org.pikir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.search.SearchRecords.PublicContent;
import org.pikir.search.SearchRecords.SearchPage;
import org.pikir.search.SearchRecords.SearchQuery;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SearchServiceIntegrationTest {

    @Autowired SearchService search;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void findsContentByStemInItsOwnLanguageWithHighlightsAndFilters() throws Exception {
        String tag = "s" + System.nanoTime();
        search.index(new PublicContent("comment", tag + "-kk", "KZ", null, null,
                "Мектептердегі оқулықтар жетіспейді, балаларға жаңа кітаптар керек " + tag, null,
                Instant.parse("2026-04-01T10:00:00Z")));
        search.index(new PublicContent("comment", tag + "-ru", "KZ", null, null,
                "Граждане обсуждают законопроекты о налогах " + tag, null, Instant.parse("2026-04-02T10:00:00Z")));
        search.index(new PublicContent("petition", tag + "-en", "KG", "en", "Street lights",
                "The street lights in our district have been broken for months " + tag, null,
                Instant.parse("2026-05-01T10:00:00Z")));

        // Kazakh stemming: "мектеп" finds "Мектептердегі"; Russian: "налог" finds "налогах".
        SearchPage kk = search.search(SearchQuery.of("мектеп " + tag));
        assertThat(kk.hits()).extracting(h -> h.refId()).containsExactly(tag + "-kk");
        assertThat(kk.hits().getFirst().lang()).isEqualTo("kk");
        assertThat(kk.hits().getFirst().snippets()).anySatisfy(s -> assertThat(s).contains("<em>Мектептердегі</em>"));
        assertThat(search.search(SearchQuery.of("налог " + tag)).hits()).extracting(h -> h.refId())
                .containsExactly(tag + "-ru");
        assertThat(search.search(SearchQuery.of("light " + tag)).hits()).extracting(h -> h.refId())
                .containsExactly(tag + "-en");

        assertThat(search.search(new SearchQuery(tag, "KZ", null, null, null, null, 0, 20)).total()).isEqualTo(2);
        assertThat(search.search(new SearchQuery(tag, null, "petition", null, null, null, 0, 20)).total()).isEqualTo(1);
        assertThat(search.search(new SearchQuery(tag, null, null, "ru", null, null, 0, 20)).total()).isEqualTo(1);
        assertThat(search.search(new SearchQuery(tag, null, null, null, Instant.parse("2026-04-15T00:00:00Z"), null, 0, 20))
                .total()).isEqualTo(1);

        search.remove("comment", tag + "-ru");
        assertThat(search.search(SearchQuery.of(tag)).total()).isEqualTo(2);

        TestUsers.signInWithRoles("ADMIN");
        assertThat(search.reindex()).isGreaterThanOrEqualTo(2);
        assertThat(search.search(SearchQuery.of(tag)).total()).isEqualTo(2);
    }
}
