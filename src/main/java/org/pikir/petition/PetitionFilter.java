package org.pikir.petition;

import org.pikir.country.CountryCode;

/** Filter of the public list; null parts mean "any". Text is matched word by word as prefixes. */
public record PetitionFilter(CountryCode country, PetitionStatus status, String text, PetitionSort sort) {

    public PetitionFilter {
        sort = sort == null ? PetitionSort.NEWEST : sort;
    }
}
