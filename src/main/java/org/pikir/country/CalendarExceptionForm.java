package org.pikir.country;

import java.time.LocalDate;

/** A holiday or moved working day as entered in the admin form. */
public record CalendarExceptionForm(LocalDate day, CalendarDayKind kind, String nameKk, String nameRu, String nameEn) {}
