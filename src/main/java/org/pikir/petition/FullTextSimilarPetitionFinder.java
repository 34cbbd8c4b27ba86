package org.pikir.petition;

import java.util.List;
import org.pikir.country.CountryCode;
import org.springframework.stereotype.Component;

/** Similar petitions by shared words of title and the start of the text (a better finder can be a {@code @Primary} bean). */
@Component
class FullTextSimilarPetitionFinder implements SimilarPetitionFinder {

    private static final int TEXT_PREFIX = 400;

    private final PetitionQueries queries;

    FullTextSimilarPetitionFinder(PetitionQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<PetitionSummary> findSimilar(CountryCode country, String title, String text, int limit) {
        String body = text == null ? "" : text.substring(0, Math.min(text.length(), TEXT_PREFIX));
        return queries.similar(country, (title == null ? "" : title) + " " + body, limit);
    }
}
