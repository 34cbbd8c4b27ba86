package org.pikir.analysis.langid;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.github.pemistahl.lingua.internal.Constant;
import com.github.pemistahl.lingua.internal.Ngram;
import com.github.pemistahl.lingua.internal.TestDataLanguageModel;
import it.unimi.dsi.fastutil.objects.Object2FloatMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lingua restricted to Kazakh, Russian, English and the neighbours that must be told apart from them.
 *
 * <p>Lingua's large web-trained models are the best judge between kk/ru/en and Ukrainian, Belarusian,
 * Bulgarian, Macedonian, Serbian, Mongolian, Turkish and Azerbaijani; with all 75 languages it needs ~3.5 GB,
 * with these eleven about 320 MB (measured), which keeps the whole detector under 400 MB.
 *
 * <p>Why this class re-assembles {@code computeLanguageConfidenceValues} instead of calling it: Lingua 1.2.2
 * hands each text's n-gram orders to {@code ForkJoinPool.commonPool().invokeAll} and takes a global
 * {@code synchronized} lock (one static map per n-gram order) for every single n-gram look-up. On a 2-core
 * machine the common pool has one worker, so whatever number of threads call Lingua, all of its work runs
 * on that one worker while the callers park (measured: a parallel batch used 1 core of 2). Here the same
 * steps run on the calling thread, with the rule and clean-up steps taken from Lingua itself and the
 * look-ups made against its preloaded models without the lock. {@code LinguaExpertTest} checks that the
 * result is identical to Lingua's own; re-check it when upgrading Lingua (the internal names are
 * version-specific).
 */
public final class LinguaExpert {

    private static final Language[] SUBSET = {
        Language.KAZAKH, Language.RUSSIAN, Language.ENGLISH, Language.UKRAINIAN, Language.BELARUSIAN,
        Language.BULGARIAN, Language.MACEDONIAN, Language.MONGOLIAN, Language.TURKISH, Language.AZERBAIJANI,
        Language.SERBIAN
    };

    private static final Map<Language, String> OURS =
            Map.of(Language.KAZAKH, "kk", Language.RUSSIAN, "ru", Language.ENGLISH, "en");

    /** Lingua uses only trigrams from this cleaned-up length on (its high-accuracy limit). */
    private static final int TRIGRAMS_ONLY_FROM = 120;

    private final LanguageDetector detector;

    /** models[order][language.ordinal()]: Lingua's relative frequencies, read without its lock. */
    private final Object2FloatMap<String>[][] models;

    /** Builds the detector with all models preloaded so the first request is not slow. */
    public LinguaExpert() {
        this.detector = LanguageDetectorBuilder.fromLanguages(SUBSET)
                .withPreloadedLanguageModels()
                .build();
        this.models = snapshotModels();
    }

    /**
     * Lingua's verdict: "kk", "ru", "en", "und" for one of the neighbours, or null when Lingua cannot decide;
     * {@code gap[0]} receives 1 minus the runner-up's relative confidence (0 = tie, 1 = no competitor).
     */
    public String judge(String text, double[] gap) {
        SortedMap<Language, Double> values = confidenceValues(text);
        if (values.isEmpty()) {
            return null;
        }
        var it = values.entrySet().iterator();
        var top = it.next();
        double second = it.hasNext() ? it.next().getValue() : 0.0;
        if (gap != null) {
            gap[0] = top.getValue() <= 0 ? 0 : 1.0 - second / top.getValue();
        }
        if (top.getKey() == Language.UNKNOWN) {
            return null;
        }
        return OURS.getOrDefault(top.getKey(), "und");
    }

    /** What Lingua 1.2.2's {@code computeLanguageConfidenceValues} returns, computed on this thread. */
    SortedMap<Language, Double> confidenceValues(String text) {
        String cleaned = detector.cleanUpInputText$lingua(text);
        if (cleaned.isEmpty() || Constant.INSTANCE.getNO_LETTER().matches(cleaned)) {
            return new TreeMap<>();
        }
        List<String> words = detector.splitTextIntoWords$lingua(cleaned);
        Language byRules = detector.detectLanguageWithRules$lingua(words);
        if (byRules != Language.UNKNOWN) {
            return single(byRules);
        }
        Set<Language> candidates = detector.filterLanguagesByRules$lingua(words);
        if (candidates.size() == 1) {
            return single(candidates.iterator().next());
        }
        int from = cleaned.length() >= TRIGRAMS_ONLY_FROM ? 3 : 1;
        int to = cleaned.length() >= TRIGRAMS_ONLY_FROM ? 3 : 5;
        List<Map<Language, Float>> probabilities = new ArrayList<>();
        Map<Language, Integer> unigramCounts = null;
        for (int order = from; order <= to; order++) {
            if (cleaned.length() < order) {
                continue;
            }
            TestDataLanguageModel model = TestDataLanguageModel.Companion.fromText(cleaned, order);
            Map<Language, Float> p = probabilities(model.getNgrams(), candidates);
            if (order == 1) {
                Set<Language> counted = candidates;
                if (!p.isEmpty()) {
                    counted = new LinkedHashSet<>();
                    for (Language l : candidates) {
                        if (p.containsKey(l)) {
                            counted.add(l);
                        }
                    }
                }
                unigramCounts = countUnigrams(model.getNgrams(), counted);
            }
            probabilities.add(p);
        }
        Map<Language, Float> summed = detector.sumUpProbabilities$lingua(
                probabilities, unigramCounts == null ? Map.of() : unigramCounts, candidates);
        Map.Entry<Language, Float> best = null;
        for (Map.Entry<Language, Float> e : summed.entrySet()) {
            if (best == null || Float.compare(best.getValue(), e.getValue()) < 0) {
                best = e;
            }
        }
        if (best == null) {
            return new TreeMap<>();
        }
        float highest = best.getValue();
        Map<Language, Double> confidences = new LinkedHashMap<>();
        summed.forEach((l, v) -> confidences.put(l, (double) (highest / v)));
        TreeMap<Language, Double> sorted =
                new TreeMap<>(Comparator.comparing((Language l) -> confidences.get(l), Comparator.reverseOrder())
                        .thenComparing(Comparator.naturalOrder()));
        sorted.putAll(confidences);
        return sorted;
    }

    /** Lingua's own, unmodified answer (for the equivalence test). */
    SortedMap<Language, Double> linguaConfidenceValues(String text) {
        return detector.computeLanguageConfidenceValues(text);
    }

    private Map<Language, Float> probabilities(Set<Ngram> ngrams, Set<Language> candidates) {
        Map<Language, Float> out = new LinkedHashMap<>();
        for (Language l : candidates) {
            float sum = sumOfLogProbabilities(l, ngrams);
            if (sum < 0.0) {
                out.put(l, sum);
            }
        }
        return out;
    }

    /** Each n-gram contributes its own probability, or that of its longest known prefix. */
    private float sumOfLogProbabilities(Language language, Set<Ngram> ngrams) {
        float sum = 0f;
        for (Ngram ngram : ngrams) {
            String value = ngram.getValue();
            for (int len = value.length(); len > 0; len--) {
                float p = lookUp(language, len == value.length() ? value : value.substring(0, len));
                if (p > 0) {
                    sum += (float) Math.log(p);
                    break;
                }
            }
        }
        return sum;
    }

    private Map<Language, Integer> countUnigrams(Set<Ngram> unigrams, Set<Language> languages) {
        Map<Language, Integer> counts = new LinkedHashMap<>();
        for (Language l : languages) {
            for (Ngram u : unigrams) {
                if (lookUp(l, u.getValue()) > 0) {
                    counts.merge(l, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private float lookUp(Language language, String ngram) {
        Object2FloatMap<String> model = models[ngram.length()][language.ordinal()];
        return model == null ? 0f : model.getFloat(ngram);
    }

    private static SortedMap<Language, Double> single(Language language) {
        TreeMap<Language, Double> m = new TreeMap<>();
        m.put(language, 1.0);
        return m;
    }

    /**
     * Lingua keeps its models in static per-order maps guarded by that map's monitor; once preloaded they are
     * never changed for our languages, so holding the per-language models directly is safe.
     */
    @SuppressWarnings("unchecked")
    private static Object2FloatMap<String>[][] snapshotModels() {
        String[] names = {"Unigram", "Bigram", "Trigram", "Quadrigram", "Fivegram"};
        Object2FloatMap<String>[][] out = new Object2FloatMap[6][Language.values().length];
        for (int order = 1; order <= 5; order++) {
            EnumMap<Language, Object2FloatMap<String>> m;
            try {
                // Kotlin's synthetic accessor of the companion's static field: public, but invisible to javac.
                m = (EnumMap<Language, Object2FloatMap<String>>) LanguageDetector.class
                        .getMethod("access$get" + names[order - 1] + "LanguageModels$cp")
                        .invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(
                        "unsupported Lingua version: its model maps are not where 1.2.2 keeps them", e);
            }
            synchronized (m) {
                for (Language l : SUBSET) {
                    out[order][l.ordinal()] = m.get(l);
                    if (out[order][l.ordinal()] == null) {
                        throw new IllegalStateException("Lingua model not preloaded: " + l + " order " + order);
                    }
                }
            }
        }
        return out;
    }
}
