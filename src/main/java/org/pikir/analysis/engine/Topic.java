package org.pikir.analysis.engine;

import java.util.List;

/**
 * A group of submissions about the same subject.
 *
 * @param id "T1"… within one clustering run (largest first)
 * @param label a readable label: the most distinctive words, as written in the texts themselves
 * @param terms those words, most distinctive first
 * @param size number of items (a campaign counts once, through its template)
 */
public record Topic(String id, String label, List<String> terms, int size) {

    public Topic {
        terms = List.copyOf(terms);
    }
}
