package org.pikir.account;

/** What a person types to register. Validated by {@link AccountService#register}. */
public record RegistrationForm(
        String email,
        String password,
        String passwordRepeat,
        String displayName,
        String residenceCountry,
        String citizenship,
        String preferredLanguage) {}
