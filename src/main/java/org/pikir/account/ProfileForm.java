package org.pikir.account;

/** Editable profile fields of the signed-in person. */
public record ProfileForm(String displayName, String residenceCountry, String citizenship, String preferredLanguage) {}
