package org.pikir.analysis.langid;

import java.util.Map;

/**
 * Script conversions used only to widen thin training data: Uzbek and Turkmen are written in both
 * Cyrillic and Latin, but the shippable text for each language exists mostly in one script.
 * Rules follow the official Uzbek (1995) and Turkmen (1993/1999) Latin alphabets.
 */
public final class Transliteration {

    private static final Map<Character, String> UZBEK = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ё', "yo"),
            Map.entry('ж', "j"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "y"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "x"),
            Map.entry('ц', "s"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('ъ', "'"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ю', "yu"),
            Map.entry('я', "ya"),
            Map.entry('ў', "o'"),
            Map.entry('қ', "q"),
            Map.entry('ғ', "g'"),
            Map.entry('ҳ', "h"),
            Map.entry('ы', "i"),
            Map.entry('щ', "sh"));

    private static final Map<Character, String> TURKMEN = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "w"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ё', "ýo"),
            Map.entry('ж', "ž"),
            Map.entry('җ', "j"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "ý"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('ң', "ň"),
            Map.entry('о', "o"),
            Map.entry('ө', "ö"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ү', "ü"),
            Map.entry('ф', "f"),
            Map.entry('х', "h"),
            Map.entry('ц', "s"),
            Map.entry('ч', "ç"),
            Map.entry('ш', "ş"),
            Map.entry('щ', "ş"),
            Map.entry('ъ', ""),
            Map.entry('ы', "y"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ә', "ä"),
            Map.entry('ю', "ýu"),
            Map.entry('я', "ýa"));

    private Transliteration() {}

    /** Uzbek Cyrillic → Uzbek Latin (lower case in, lower case out). */
    public static String uzbekToLatin(String lowerCyrillic) {
        return convert(lowerCyrillic, UZBEK);
    }

    /** Turkmen Cyrillic → Turkmen Latin (lower case in, lower case out). */
    public static String turkmenToLatin(String lowerCyrillic) {
        return convert(lowerCyrillic, TURKMEN);
    }

    /** Kazakh or Kyrgyz as typed on a plain Russian keyboard: the extra letters replaced by their look-alikes. */
    public static String withoutExtraCyrillicLetters(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            out.append(
                    switch (c) {
                        case 'ә' -> 'а';
                        case 'ғ' -> 'г';
                        case 'қ' -> 'к';
                        case 'ң' -> 'н';
                        case 'ө' -> 'о';
                        case 'ұ', 'ү' -> 'у';
                        case 'һ' -> 'х';
                        case 'і' -> 'и';
                        default -> c;
                    });
        }
        return out.toString();
    }

    private static String convert(String s, Map<Character, String> table) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            String m = table.get(s.charAt(i));
            out.append(m != null ? m : String.valueOf(s.charAt(i)));
        }
        return out.toString();
    }
}
