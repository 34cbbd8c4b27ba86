package org.pikir.api;

import java.util.regex.Pattern;

/** Keeps personal data out of the open data: e-mail addresses in names and texts are masked. */
final class PublicText {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    static final String MASK = "[e-mail]";

    private PublicText() {}

    static String mask(String text) {
        return text == null ? null : EMAIL.matcher(text).replaceAll(MASK);
    }
}
