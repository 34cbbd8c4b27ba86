package org.pikir.analysis.cluster;

/**
 * A text to cluster into topics, with its detected language.
 *
 * @param id the item's engine key
 * @param text the text
 * @param lang its language code (picks the analyzer)
 */
public record TopicDocument(String id, String text, String lang) {}
