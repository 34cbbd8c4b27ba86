package org.pikir.petition;

import org.pikir.country.CountryCode;

/** What a citizen enters to start a petition. */
public record PetitionForm(CountryCode country, Long agencyId, String title, String text, String requestedAction) {}
