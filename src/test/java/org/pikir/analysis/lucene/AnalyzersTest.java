package org.pikir.analysis.lucene;

import static org.pikir.analysis.lucene.AnalyzerAssertions.assertAnalyzesTo;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.pikir.analysis.engine.AnalyzerRegistry;

class AnalyzersTest {

    private final AnalyzerRegistry registry = new AnalyzerRegistry();

    @Test
    void kazakhStripsCasePossessiveAndPluralEndings() throws IOException {
        assertAnalyzesTo(
                registry.forLanguage("kk"),
                "Біздің заңдарымыз халыққа қызмет етеді",
                "біз",
                "заң",
                "халық",
                "қызмет",
                "етеді");
    }

    @Test
    void kazakhDropsStopwordsIncludingRussianOnesFromCodeSwitching() throws IOException {
        assertAnalyzesTo(
                registry.forLanguage("kk"),
                "Бұл қосымша өте жақсы, но реклама много",
                "қосымша",
                "жақсы",
                "реклама",
                "много");
    }

    @Test
    void kazakhRepairsLatinLookAlikesBeforeStemming() throws IOException {
        // "мектепте" typed with Latin e and i: the same term as the clean spelling.
        assertAnalyzesTo(registry.forLanguage("kk"), "Балалар мектeптe оқиды", "бала", "мектеп", "оқиды");
    }

    @Test
    void russianUsesLuceneSnowballStemmer() throws IOException {
        assertAnalyzesTo(
                registry.forLanguage("ru"),
                "Граждане обсуждают законопроекты о налогах",
                "граждан",
                "обсужда",
                "законопроект",
                "налог");
    }

    @Test
    void englishUsesPorterStemmerAndStopwords() throws IOException {
        assertAnalyzesTo(
                registry.forLanguage("en"),
                "The citizens are commenting on the proposed rules",
                "citizen",
                "comment",
                "propos",
                "rule");
    }

    @Test
    void uzbekKeepsApostropheLettersWhateverTheKeyboard() throws IOException {
        assertAnalyzesTo(
                registry.forLanguage("uz"), "Oʻzbekiston va qoʻshni davlatlar", "o'zbekiston", "qo'shni", "davlatlar");
        assertAnalyzesTo(registry.forLanguage("uz"), "O‘zbekiston bilan", "o'zbekiston");
    }

    @Test
    void kyrgyzTajikTurkmenLowercaseAndDropStopwords() throws IOException {
        assertAnalyzesTo(
                registry.forLanguage("ky"), "Мыйзам долбоору жана анын талкуусу", "мыйзам", "долбоору", "талкуусу");
        assertAnalyzesTo(
                registry.forLanguage("tg"), "Лоиҳаи қонун дар бораи маориф аст", "лоиҳаи", "қонун", "бораи", "маориф");
        assertAnalyzesTo(
                registry.forLanguage("tk"), "Kanun taslamasy we onuň maslahaty", "kanun", "taslamasy", "maslahaty");
    }

    @Test
    void undeterminedTextIsOnlyTokenisedAndNormalised() throws IOException {
        assertAnalyzesTo(registry.forLanguage("und"), "Ünvan: Київ, вул. Хрещатик", "ünvan", "київ", "вул", "хрещатик");
    }
}
