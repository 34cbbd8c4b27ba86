package org.pikir.account;

/** Editable profile fields of the signed-in person; {@code nameDisplay} null keeps the current choice. */
public record ProfileForm(
        String displayName,
        String residenceCountry,
        String citizenship,
        String preferredLanguage,
        NameDisplay nameDisplay) {

    public ProfileForm(String displayName, String residenceCountry, String citizenship, String preferredLanguage) {
        this(displayName, residenceCountry, citizenship, preferredLanguage, null);
    }
}
