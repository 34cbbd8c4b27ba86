package org.pikir.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text that leaves the system for others to read (pages, open-data API and CSV, search
 * documents and snippets, notifications): e-mail addresses, phone numbers of the five countries and their national
 * identification numbers. The one masker for published text (docs/privacy.md lists the rules):
 *
 * <ul>
 *   <li>phones: {@code +7} and {@code 8} followed by ten digits (Kazakhstan), {@code +998}, {@code +996},
 *       {@code +992} with nine digits, {@code +993} with eight (also with {@code 00} instead of {@code +}), and the
 *       Kyrgyz trunk format {@code 0} + nine digits; spaces, dashes, dots and brackets between digits allowed;
 *   <li>KZ IIN (12 digits, birth date, century digit, check digit of the official two-pass mod-11 algorithm);
 *   <li>UZ PINFL (14 digits, century digit, birth date, check digit with weights 7, 3, 1 mod 10);
 *   <li>KG PIN (14 digits: sex digit 1 or 2, a real birth date DDMMYYYY, five digits; no public check digit);
 *   <li>any 9 to 14 digit number right after an identifier keyword (ИИН/ЖСН, ПИНФЛ/ЖШШИР, ИНН, СТИР, PIN …):
 *       the only way a Tajik INN (nine digits, check digit not public) or a Turkmen number can be told from an
 *       ordinary number.
 * </ul>
 *
 * Ordinary numbers (years, amounts, article and law numbers, dates) stay: an identifier must pass its check digit
 * or structure, a phone must carry a country or trunk prefix with the right length.
 */
public final class PublicTextMask {

    public static final String EMAIL_MASK = "[e-mail]";
    public static final String PHONE_MASK = "[phone]";
    public static final String ID_MASK = "[ID]";

    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");

    private static final Pattern KEYWORD_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(ИИН|ЖСН|IIN|ПИНФЛ|ЖШШИР|JSHSHIR|PINFL|ИНН|INN|СТИР|STIR|ПИН|PIN|ШНС|РНН)"
                    + "(\\s*[:№#]?\\s*)(\\d(?:[ \\u00A0-]?\\d){8,13})(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // 7 000 000 000, 7.250.000.000: an amount grouped in thousands, not a phone
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:([ \\u00A0.])\\d{3})(?:\\1\\d{3})*");

    private PublicTextMask() {}

    /** The text with e-mail addresses, phone numbers and national ID numbers masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(EMAIL_MASK));
        result =
                KEYWORD_ID.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + ID_MASK));
        return maskRuns(result);
    }

    /**
     * Replaces each run of digits (optionally after "+" or "(", with at most one separator — space, dash, dot or a
     * bracket with a space — between two digits, not glued to a letter or digit) by its mask. A scanner rather than
     * a regular expression: a regex with a repeated alternation recurses per digit and overflows the stack on a long
     * run.
     */
    private static String maskRuns(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            int start = i;
            char c = text.charAt(i);
            boolean mayStart = (c == '+' || c == '(' || isDigit(c)) && (i == 0 || !isWordOrPlus(text.charAt(i - 1)));
            if (!mayStart) {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            if (text.charAt(j) == '+') {
                j++;
                if (j < n && text.charAt(j) == ' ') {
                    j++;
                }
            }
            if (j < n && text.charAt(j) == '(') {
                j++;
            }
            if (j >= n || !isDigit(text.charAt(j))) {
                out.append(c);
                i++;
                continue;
            }
            int end = j + 1; // just after the last digit of the run
            int k = end;
            while (k < n) {
                if (isDigit(text.charAt(k))) {
                    k++;
                    end = k;
                    continue;
                }
                int next = separatorEnd(text, k);
                if (next > k && next < n && isDigit(text.charAt(next))) {
                    k = next;
                } else {
                    break;
                }
            }
            // a run glued to a letter (a code such as 123-IV stays whole through its separator) is no number
            if (end < n && Character.isLetter(text.charAt(end))) {
                out.append(text, start, end);
            } else {
                out.append(classify(text.substring(start, end)));
            }
            i = end;
        }
        return out.toString();
    }

    /** Where a separator starting at {@code k} ends ({@code k} itself when there is none). */
    private static int separatorEnd(String text, int k) {
        char c = text.charAt(k);
        int n = text.length();
        if (c == ' ' || c == '\u00A0') {
            return k + 1 < n && text.charAt(k + 1) == '(' ? k + 2 : k + 1;
        }
        if (c == '.' || c == '-' || c == '(') {
            return k + 1;
        }
        if (c == ')') {
            return k + 1 < n && (text.charAt(k + 1) == ' ' || text.charAt(k + 1) == '-') ? k + 2 : k + 1;
        }
        return k;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordOrPlus(char c) {
        return c == '+' || Character.isLetterOrDigit(c);
    }

    /** The mask for a run of digits, or the run itself when it is an ordinary number. */
    private static String classify(String run) {
        boolean plus = run.startsWith("+");
        String digits = run.replaceAll("\\D", "");
        if (digits.length() > 15) {
            return run;
        }
        if (plus || digits.startsWith("00")) {
            String international = plus ? digits : digits.substring(2);
            return isInternationalPhone(international) ? PHONE_MASK : run;
        }
        if ((isKazakhTrunkPhone(digits) || isKyrgyzTrunkPhone(digits) || isKazakhLocalPhone(digits))
                && !THOUSANDS.matcher(run).matches()) {
            return PHONE_MASK;
        }
        if (isIin(digits) || isPinfl(digits) || isKyrgyzPin(digits)) {
            return ID_MASK;
        }
        return run;
    }

    static boolean isInternationalPhone(String digits) {
        return (digits.startsWith("7") && digits.length() == 11)
                || ((digits.startsWith("998") || digits.startsWith("996") || digits.startsWith("992"))
                        && digits.length() == 12)
                || (digits.startsWith("993") && digits.length() == 11);
    }

    /** 8 7xx xxx xx xx: the trunk prefix 8, then a Kazakh (or Russian) ten-digit number. */
    private static boolean isKazakhTrunkPhone(String digits) {
        return digits.length() == 11 && digits.charAt(0) == '8' && (digits.charAt(1) == '7' || digits.charAt(1) == '9');
    }

    /** 701 123 45 67, (727) 123-45-67: a Kazakh mobile (70x, 74x, 77x) or city (71x, 72x) number without prefix. */
    private static boolean isKazakhLocalPhone(String digits) {
        return digits.length() == 10 && digits.charAt(0) == '7' && "01247".indexOf(digits.charAt(1)) >= 0;
    }

    /** 0555 123 456, 0312 123456: the Kyrgyz trunk prefix 0 and nine digits. */
    private static boolean isKyrgyzTrunkPhone(String digits) {
        return digits.length() == 10 && digits.charAt(0) == '0' && digits.charAt(1) != '0';
    }

    /**
     * Kazakhstan's IIN: YYMMDD, a century and sex digit (1–6), four digits, a check digit: the sum of the first
     * eleven digits weighted 1..11 mod 11; if that is 10, weighted 3..11,1,2 mod 11; 10 again means no valid IIN.
     */
    public static boolean isIin(String digits) {
        if (digits.length() != 12 || !allDigits(digits)) {
            return false;
        }
        int century = digits.charAt(6) - '0';
        if (century < 1 || century > 6) {
            return false;
        }
        int year = (1800 + 100 * ((century - 1) / 2)) + number(digits, 0, 2);
        if (!isDate(year, number(digits, 2, 4), number(digits, 4, 6))) {
            return false;
        }
        int check = iinCheckDigit(digits.substring(0, 11));
        return check >= 0 && check == digits.charAt(11) - '0';
    }

    /** The IIN check digit of eleven digits, or -1 when none exists. */
    public static int iinCheckDigit(String first11) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (first11.charAt(i) - '0') * (i + 1);
        }
        int check = sum % 11;
        if (check == 10) {
            sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (first11.charAt(i) - '0') * ((i + 2) % 11 + 1);
            }
            check = sum % 11;
        }
        return check == 10 ? -1 : check;
    }

    /**
     * Uzbekistan's PINFL: a century and sex digit (1–6), DDMMYY, a district code, a serial number and a check
     * digit: the first thirteen digits weighted 7, 3, 1, 7, 3, 1 … mod 10.
     */
    public static boolean isPinfl(String digits) {
        if (digits.length() != 14 || !allDigits(digits)) {
            return false;
        }
        int century = digits.charAt(0) - '0';
        if (century < 1 || century > 6) {
            return false;
        }
        int year = (1800 + 100 * ((century - 1) / 2)) + number(digits, 5, 7);
        if (!isDate(year, number(digits, 3, 5), number(digits, 1, 3))) {
            return false;
        }
        return pinflCheckDigit(digits.substring(0, 13)) == digits.charAt(13) - '0';
    }

    /** The PINFL check digit of thirteen digits. */
    public static int pinflCheckDigit(String first13) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (first13.charAt(i) - '0') * weights[i % 3];
        }
        return sum % 10;
    }

    /** Kyrgyzstan's PIN: 1 (female) or 2 (male), the birth date DDMMYYYY (a real date from 1900), five digits. */
    public static boolean isKyrgyzPin(String digits) {
        if (digits.length() != 14 || !allDigits(digits)) {
            return false;
        }
        char sex = digits.charAt(0);
        int year = number(digits, 5, 9);
        return (sex == '1' || sex == '2')
                && year >= 1900
                && year <= 2100
                && isDate(year, number(digits, 3, 5), number(digits, 1, 3));
    }

    private static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int number(String digits, int from, int to) {
        return Integer.parseInt(digits.substring(from, to));
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
