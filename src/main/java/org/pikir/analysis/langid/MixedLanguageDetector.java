package org.pikir.analysis.langid;

/**
 * Flags Kazakh–Russian code-switching ("Тёмный тема болса жақсы болар еді") by judging each word on its own
 * with the kk and ru profiles; a text is mixed when both languages hold a clear share of its words.
 */
public final class MixedLanguageDetector {

    /** Per-word log-likelihood margin below which a word counts for neither language (loanwords, names). */
    private static final double WORD_MARGIN = 6.0;

    private static final double MIN_MINORITY_SHARE = 0.2;

    private final NgramProfiles profiles;
    private final int kk;
    private final int kkPlain;
    private final int ru;

    public MixedLanguageDetector(NgramProfiles profiles) {
        this.profiles = profiles;
        this.kk = profiles.indexOf("kk");
        this.kkPlain = profiles.indexOf("kk_plain");
        this.ru = profiles.indexOf("ru");
    }

    /** True when at least one clearly Kazakh and one clearly Russian word each make ≥ 20% of the judged words. */
    public boolean isMixed(String lower) {
        if (kk < 0 || ru < 0) {
            return false;
        }
        int kkWords = 0;
        int ruWords = 0;
        for (String word : lower.split("[^\\p{L}']+")) {
            if (word.length() < 3) {
                continue;
            }
            double[] s = profiles.score(word, null);
            double kkScore = kkPlain >= 0 ? Math.max(s[kk], s[kkPlain]) : s[kk];
            if (kkScore - s[ru] > WORD_MARGIN) {
                kkWords++;
            } else if (s[ru] - kkScore > WORD_MARGIN) {
                ruWords++;
            }
        }
        int judged = kkWords + ruWords;
        if (kkWords == 0 || ruWords == 0) {
            return false;
        }
        return Math.min(kkWords, ruWords) >= MIN_MINORITY_SHARE * judged;
    }
}
