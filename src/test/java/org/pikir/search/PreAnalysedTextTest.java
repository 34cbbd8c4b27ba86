package org.pikir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.pikir.search.SearchRecords.RebuildStatus;

/**
 * The claim behind the OpenSearch backend, checked without a cluster: text analysed here and split again at spaces
 * (what OpenSearch's whitespace analyzer does) matches the same queries as the text analysed by our analyzers in the
 * index (the Lucene backend), phrases across removed function words included.
 */
class PreAnalysedTextTest {

    private static final String[][] DOCUMENTS = {
        {"kk", "Мектептердегі оқулықтар жетіспейді, балаларға жаңа кітаптар керек"},
        {"ru", "Граждане обсуждают законопроекты о налогах и штрафах"},
        {"en", "The street lights in our district have been broken for months"},
        {"uz", "O‘zbekiston bilan hamkorlik, maktablar uchun yangi kitoblar kerak"},
        {"ru", "Нужен новый закон по налогам"},
    };

    private static final String[] QUERIES = {
        "мектеп", "оқулық кітап", "налог", "налогах штраф", "\"законопроекты о налогах\"", "\"закон налог\"",
        "light", "\"street lights\"", "o'zbekiston", "\"o'zbekiston bilan hamkorlik\"", "закон -налог", "закон | light",
        "kitoblar", "months broken", "\"новый закон по налогам\"", "\"новый налогам\"",
    };

    @Test
    void preAnalysedTermsMatchTheSameQueriesAsOurAnalyzers() {
        int matches = 0;
        for (String[] doc : DOCUMENTS) {
            MemoryIndex analysed = new MemoryIndex();
            MemoryIndex preAnalysed = new MemoryIndex();
            for (String field : List.of("text_" + doc[0], "text_std")) {
                analysed.addField(field, doc[1], PreAnalysedText.analyzer(field));
                preAnalysed.addField(field, PreAnalysedText.terms(field, doc[1]), new WhitespaceAnalyzer());
            }
            for (String q : QUERIES) {
                Query query = PreAnalysedSearch.parse(q);
                boolean lucene = analysed.search(query) > 0;
                boolean pre = preAnalysed.search(asPreAnalysed(query)) > 0;
                assertThat(pre).as("%s in «%s»", q, doc[1]).isEqualTo(lucene);
                matches += lucene ? 1 : 0;
            }
        }
        assertThat(matches).as("the queries do match something").isGreaterThan(10);
    }

    @Test
    void aRemovedFunctionWordLeavesAGapTerm() {
        String terms = PreAnalysedText.terms("text_ru", "законопроекты о налогах");
        assertThat(terms.split(" ")).hasSize(3);
        assertThat(terms.split(" ")[1]).isEqualTo(PreAnalysedText.GAP);
        assertThat(PreAnalysedText.terms("text_ru", "о налогах")).doesNotContain(PreAnalysedText.GAP);
        assertThat(SearchDocument.searchableText("comment", null, "a " + PreAnalysedText.GAP + " b"))
                .doesNotContain(PreAnalysedText.GAP);
    }

    @Test
    void theBackendFollowsTheSearchUrl() {
        Map<String, Object> lucene = new HashMap<>();
        SearchBackendConfig.configure(lucene, new SearchBackend("", ""), true);
        assertThat(lucene).containsKey("hibernate.search.mapping.configurer");
        assertThat(lucene)
                .doesNotContainKeys("hibernate.search.backend.type", "hibernate.search.coordination.strategy");
        assertThat(lucene).containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "sync");

        Map<String, Object> openSearch = new HashMap<>();
        SearchBackendConfig.configure(openSearch, new SearchBackend(" http://opensearch:9200 ", "pikir-"), true);
        assertThat(openSearch)
                .containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", "http://opensearch:9200")
                .containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
                .doesNotContainKey("hibernate.search.indexing.plan.synchronization.strategy");
        assertThat(openSearch.get("hibernate.search.backend.layout.strategy"))
                .isEqualTo(new SearchBackendConfig.PrefixedIndexLayout("pikir-"));
        assertThat(new SearchBackendConfig.PrefixedIndexLayout("pikir-").createWriteAlias("public_content"))
                .isEqualTo("pikir-public_content-write");
        assertThat(RebuildStatus.idle().running()).isFalse();
    }

    /** What PreAnalysedSearch sends to OpenSearch, as a Lucene query over whitespace-split terms. */
    private static Query asPreAnalysed(Query q) {
        return switch (q) {
            case BooleanQuery bq -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (BooleanClause c : bq.clauses()) {
                    b.add(asPreAnalysed(c.getQuery()), c.getOccur());
                }
                b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
                yield b.build();
            }
            case PhraseQuery pq -> {
                List<String> terms = new ArrayList<>(
                        List.of(PreAnalysedSearch.phraseTerms(pq).split(" ")));
                yield new PhraseQuery(pq.getSlop(), pq.getField(), terms.toArray(String[]::new));
            }
            case TermQuery tq ->
                new TermQuery(new Term(tq.getTerm().field(), tq.getTerm().text()));
            default -> q;
        };
    }
}
