package org.pikir.country;

import java.util.Locale;
import java.util.Optional;

/** The five countries Pikir serves. */
public enum CountryCode {
    KZ,
    UZ,
    KG,
    TJ,
    TM;

    /** Parses a code case-insensitively; empty for anything that is not one of the five. */
    public static Optional<CountryCode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
