package org.pikir.country;

/** Published after an admin added or removed a holiday or moved working day of a country. */
public record CalendarExceptionsChanged(CountryCode country) {}
