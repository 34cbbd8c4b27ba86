package org.pikir.analysis.lucene;

import java.util.List;

/**
 * Light Kazakh stemmer: strips one case ending, then one possessive ending, then one plural ending
 * (the order in which Kazakh stacks them, read from the end), never leaving fewer than
 * {@value #MIN_STEM} letters. It conflates "заңдарымыздың" → "заң" and "мектепте" → "мектеп" without a
 * dictionary; over-stemming of short words is prevented by the length floor rather than by exceptions.
 */
public final class KazakhStemmer {

    static final int MIN_STEM = 3;

    /** Longest first within each group so that -дарың is tried before -ың. */
    private static final List<String> CASE = List.of(
            "ларының", "лерінің", "дарының", "дерінің", "тарының", "терінің", "ндағы", "ндегі", "дағы", "дегі", "тағы",
            "тегі", "ның", "нің", "дың", "дің", "тың", "тің", "нан", "нен", "дан", "ден", "тан", "тен", "нда", "нде",
            "мен", "бен", "пен", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де",
            "та", "те");

    private static final List<String> POSSESSIVE =
            List.of("ымыз", "іміз", "мыз", "міз", "ыңыз", "іңіз", "ңыз", "ңіз", "сы", "сі", "ым", "ім", "ың", "ің");

    private static final List<String> PLURAL = List.of("лар", "лер", "дар", "дер", "тар", "тер");

    private KazakhStemmer() {}

    /** Stems a lower-cased, normalised Kazakh word. */
    public static String stem(String word) {
        String w = strip(word, CASE);
        w = strip(w, POSSESSIVE);
        return strip(w, PLURAL);
    }

    private static final String VOWELS = "аәеёиоөұүуыіэюя";

    private static String strip(String word, List<String> suffixes) {
        for (String s : suffixes) {
            int cut = word.length() - s.length();
            if (word.endsWith(s) && cut >= MIN_STEM && fitsStem(word.charAt(cut - 1), s)) {
                return word.substring(0, cut);
            }
        }
        return word;
    }

    /**
     * Kazakh picks a suffix variant by the sound before it (accusative -ны after vowels, -ды/-ты after
     * consonants; possessive -сы after vowels, -ым after consonants). The bare possessive -ы/-і is not
     * stripped at all: it is indistinguishable from verb endings (етеді) and adjective ends (жақсы). Checking that rule keeps verb forms
     * such as "етеді" and adjectives such as "жақсы" from being cut as if they carried a noun ending.
     */
    private static boolean fitsStem(char before, String suffix) {
        boolean vowel = VOWELS.indexOf(before) >= 0;
        return switch (suffix) {
            case "ды", "ді", "дың", "дің", "ым", "ім", "ың", "ің" -> !vowel;
            case "ны", "ні", "ның", "нің", "сы", "сі" -> vowel;
            default -> suffix.charAt(0) != 'т' || !vowel;
        };
    }
}
