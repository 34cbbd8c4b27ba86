package org.pikir.shared;

import java.nio.charset.StandardCharsets;

/**
 * The catalogue of hostile input every entry point is tried with (issue 14, item 7). {@link #in} puts the payload
 * into an otherwise valid text of the field, so the test sees what the payload does and not what a too-short title
 * does; empty, whitespace-only, 10 MB and the very long line stand alone, since they are the whole field.
 */
public enum Hostile {
    EMPTY(""),
    /** Spaces the JDK calls whitespace and three it does not (no-break, figure, zero-width space). */
    WHITESPACE_ONLY(" \t\r\n\u2003\u3000\u00A0\u2007\u200B "),
    TEN_MEGABYTES("Ж".repeat(5 * 1024 * 1024)),
    /** Invalid UTF-8 bytes (a lone continuation byte, an overlong "/", 0xFF) as a lenient decoder delivers them. */
    INVALID_UTF8(new String(
            new byte[] {'a', (byte) 0x80, 'b', (byte) 0xC0, (byte) 0xAF, 'c', (byte) 0xFF}, StandardCharsets.UTF_8)),
    /** Broken UTF-16: half of a surrogate pair, what a JSON "\ud800" or a cut emoji decodes to; not storable. */
    LONE_SURROGATE("half \uD83D of an emoji"),
    NUL_BYTE("before\u0000after"),
    /** Right-to-left override and isolate: "invoice‮fdp.exe" shows as "invoiceexe.pdf". */
    BIDI_OVERRIDE("invoice\u202Efdp.exe \u2067isolated\u2069"),
    SCRIPT_TAG("<script>alert('x')</script><img src=x onerror=alert(1)>"),
    JAVASCRIPT_URL("javascript:alert(document.cookie)"),
    LIKE_WILDCARDS("100% _ \\ %%"),
    /** 4,000 characters without a break: fits a comment or appeal text, not a subject or a title. */
    LONG_LINE("Қ".repeat(4000)),
    EMOJI_AND_COMBINING("👩‍👩‍👧‍👦 🇰🇿 e\u0301 Z\u0351\u0359\u0333a\u0358\u0352l\u0334g\u0335o\u0336 ñ");

    private final String value;

    Hostile(String value) {
        this.value = value;
    }

    /** The payload alone. */
    public String value() {
        return value;
    }

    /** The payload inside a valid text for the field (alone for the payloads that are a whole field). */
    public String in(String validText) {
        return switch (this) {
            case EMPTY, WHITESPACE_ONLY, TEN_MEGABYTES, LONG_LINE -> value;
            default -> validText + " " + value + " " + validText;
        };
    }

    /** Whether the payload, alone, is nothing a person could mean (empty or invisible). */
    public boolean isBlank() {
        return this == EMPTY || this == WHITESPACE_ONLY;
    }

    /** A short name for test display and the table in docs/security.md. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
