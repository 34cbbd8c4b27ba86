package org.pikir.appeal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what identifies the citizen from an official answer before it is published: the author's name in any
 * inflection (Russian and Kazakh endings), e-mail addresses, phone and identity numbers (runs of ten or more
 * digits, e.g. an IIN), and the appeal's own number. Best effort on free text: officials are still asked not to
 * write personal data into answers the author allowed to be published.
 */
final class AnswerAnonymiser {

    static final String MASK = "[…]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    // Digits with spaces, dashes, dots or brackets between them; masked only with ten or more digits, so dates,
    // amounts and law numbers stay.
    private static final Pattern NUMBER_RUN =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\d[\\d\\s().\\-]{6,}\\d(?![\\p{L}\\p{N}])");
    private static final int MIN_DIGITS = 10;

    private AnswerAnonymiser() {}

    /** The text with the author's identifying data replaced by {@link #MASK}. */
    static String anonymise(String text, String authorName, String authorEmail, String appealNumber) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        if (appealNumber != null && !appealNumber.isBlank()) {
            result = Pattern.compile(Pattern.quote(appealNumber), Pattern.CASE_INSENSITIVE)
                    .matcher(result)
                    .replaceAll(Matcher.quoteReplacement(MASK));
        }
        if (authorEmail != null && !authorEmail.isBlank()) {
            result = Pattern.compile(Pattern.quote(authorEmail), Pattern.CASE_INSENSITIVE)
                    .matcher(result)
                    .replaceAll(Matcher.quoteReplacement(MASK));
        }
        result = EMAIL.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
        result = NUMBER_RUN
                .matcher(result)
                .replaceAll(m -> digits(m.group()) >= MIN_DIGITS
                        ? Matcher.quoteReplacement(MASK)
                        : Matcher.quoteReplacement(m.group()));
        for (Pattern name : namePatterns(authorName)) {
            result = name.matcher(result).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return result;
    }

    /** One pattern per part of the name (three letters or more), matching the word with any ending. */
    private static List<Pattern> namePatterns(String authorName) {
        List<Pattern> patterns = new ArrayList<>();
        if (authorName == null) {
            return patterns;
        }
        for (String part : authorName.split("[^\\p{L}]+")) {
            if (part.codePointCount(0, part.length()) < 3) {
                continue;
            }
            // Declension changes the last letters (Нурланова → Нурлановой, Асель → Асельге): keep the stem.
            String stem = part.length() > 4 ? part.substring(0, part.length() - 2) : part;
            patterns.add(Pattern.compile(
                    "(?<!\\p{L})" + Pattern.quote(stem.toLowerCase(Locale.ROOT)) + "\\p{L}*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return patterns;
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
