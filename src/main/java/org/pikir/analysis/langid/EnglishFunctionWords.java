package org.pikir.analysis.langid;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * English function words as evidence against a European "other" profile. Technical English is full of
 * loanwords that the other languages' UI catalogues share ("convert between RDF and vCard" scores as
 * Catalan), but "and", "the", "between" are English; a function word counts only when the competing
 * language's own stop list (Lucene's) does not contain it, so Danish "for" or Dutch "of" prove nothing.
 */
public final class EnglishFunctionWords {

    /** Short words that are words of many Latin-script languages; never evidence on their own. */
    private static final Set<String> AMBIGUOUS = Set.of(
            "a", "an", "as", "at", "be", "by", "i", "if", "in", "is", "it", "me", "no", "o", "on", "or", "se", "so",
            "to", "we", "de", "la", "do", "he", "for", "of", "are", "was", "will", "into", "not", "but");

    private static final Set<String> EXTRA = Set.of(
            "between", "about", "from", "which", "would", "should", "have", "has", "our", "your", "you", "its", "over",
            "under", "because", "please", "what", "who");

    private static final Map<String, Supplier<CharArraySet>> STOPS = Map.ofEntries(
            Map.entry("other_ca", CatalanAnalyzer::getDefaultStopSet),
            Map.entry("other_cs", CzechAnalyzer::getDefaultStopSet),
            Map.entry("other_da", DanishAnalyzer::getDefaultStopSet),
            Map.entry("other_de", GermanAnalyzer::getDefaultStopSet),
            Map.entry("other_es", SpanishAnalyzer::getDefaultStopSet),
            Map.entry("other_et", EstonianAnalyzer::getDefaultStopSet),
            Map.entry("other_fi", FinnishAnalyzer::getDefaultStopSet),
            Map.entry("other_fr", FrenchAnalyzer::getDefaultStopSet),
            Map.entry("other_hu", HungarianAnalyzer::getDefaultStopSet),
            Map.entry("other_id", IndonesianAnalyzer::getDefaultStopSet),
            Map.entry("other_it", ItalianAnalyzer::getDefaultStopSet),
            Map.entry("other_lt", LithuanianAnalyzer::getDefaultStopSet),
            Map.entry("other_lv", LatvianAnalyzer::getDefaultStopSet),
            Map.entry("other_nl", DutchAnalyzer::getDefaultStopSet),
            Map.entry("other_pt", PortugueseAnalyzer::getDefaultStopSet),
            Map.entry("other_ro", RomanianAnalyzer::getDefaultStopSet),
            Map.entry("other_sv", SwedishAnalyzer::getDefaultStopSet));

    private final CharArraySet english;
    private final Map<String, CharArraySet> others;

    public EnglishFunctionWords() {
        this.english = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        english.addAll(EXTRA);
        english.removeAll(AMBIGUOUS);
        this.others = new java.util.HashMap<>();
        STOPS.forEach((label, set) -> others.put(label, set.get()));
    }

    /** True when the lower-cased text has an English function word that is not also one of {@code otherLabel}'s. */
    public boolean present(String lowerText, String otherLabel) {
        char[] lower = lowerText.toCharArray();
        CharArraySet competing = others.getOrDefault(otherLabel, CharArraySet.EMPTY_SET);
        int start = -1;
        for (int i = 0; i <= lower.length; i++) {
            boolean letter = i < lower.length && Character.isLetter(lower[i]);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (english.contains(lower, start, i - start) && !competing.contains(lower, start, i - start)) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }
}
