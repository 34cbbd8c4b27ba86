package org.pikir.comparison;

import java.util.Map;
import org.pikir.country.CountryCode;

/**
 * A topic that recurs in several countries, from the analysis engine's clusters.
 *
 * @param label     the cluster's distinctive words (aggregate, never a citizen's text)
 * @param countries number of countries where it occurs
 * @param comments  comments on the topic per country (suppressed below the threshold)
 */
public record Topic(String label, int countries, Map<CountryCode, Figure> comments) {

    public Topic {
        comments = Map.copyOf(comments);
    }
}
