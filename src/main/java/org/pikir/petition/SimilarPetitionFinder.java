package org.pikir.petition;

import java.util.List;
import org.pikir.country.CountryCode;

/**
 * Finds existing petitions similar to a draft, so people sign instead of duplicating. The default is
 * PostgreSQL full-text search; the analysis module may supply a better bean later.
 */
public interface SimilarPetitionFinder {

    /** Public petitions of the country that look like the draft, best first. */
    List<PetitionSummary> findSimilar(CountryCode country, String title, String text, int limit);
}
