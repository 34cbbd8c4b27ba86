package org.pikir.analysis.langid;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;
import java.util.SortedMap;

/**
 * Lingua restricted to Kazakh, Russian, English and the neighbours that must be told apart from them.
 *
 * <p>Lingua's large web-trained models are the best judge between kk/ru/en and Ukrainian, Belarusian,
 * Bulgarian, Macedonian, Serbian, Mongolian, Turkish and Azerbaijani; with all 75 languages it needs ~3.5 GB,
 * with these eleven about 320 MB (measured), which keeps the whole detector under 400 MB.
 */
public final class LinguaExpert {

  private static final Language[] SUBSET = {
    Language.KAZAKH, Language.RUSSIAN, Language.ENGLISH, Language.UKRAINIAN, Language.BELARUSIAN,
    Language.BULGARIAN, Language.MACEDONIAN, Language.MONGOLIAN, Language.TURKISH, Language.AZERBAIJANI,
    Language.SERBIAN
  };

  private static final Map<Language, String> OURS =
      Map.of(Language.KAZAKH, "kk", Language.RUSSIAN, "ru", Language.ENGLISH, "en");

  private final LanguageDetector detector;

  /** Builds the detector with all models preloaded so the first request is not slow. */
  public LinguaExpert() {
    this.detector = LanguageDetectorBuilder.fromLanguages(SUBSET).withPreloadedLanguageModels().build();
  }

  /**
   * Lingua's verdict: "kk", "ru", "en", "und" for one of the neighbours, or null when Lingua cannot decide;
   * {@code gap[0]} receives 1 minus the runner-up's relative confidence (0 = tie, 1 = no competitor).
   */
  public String judge(String text, double[] gap) {
    SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(text);
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
}
