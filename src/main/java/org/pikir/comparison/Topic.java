package org.pikir.comparison;

import java.util.Map;
import org.pikir.country.CountryCode;

/**
 * A topic that recurs in several countries, from the analysis engine's clusters.
 *
 * @param label     a word shared by the labels of clusters in several countries (never a citizen's text)
 * @param countries number of countries where clusters with it gathered at least five items
 * @param items     comments and appeals in those clusters per country (suppressed below the threshold)
 */
public record Topic(String label, int countries, Map<CountryCode, Figure> items) {

    public Topic {
        items = Map.copyOf(items);
    }
}
