package org.pikir.analysis.engine;

import java.util.List;

/**
 * Result of analysing one scope (a draft law, an article, an agency's appeals) in batch.
 *
 * @param assignments one per input item, in input order
 * @param campaigns campaigns, largest first
 * @param topics topics, largest first
 * @param index an index over the scope for placing new items without re-clustering (null when not requested)
 * @param topicModel the fitted topics with the means to place a new text among them
 */
public record ScopeAnalysis(
        List<Assignment> assignments,
        List<Campaign> campaigns,
        List<Topic> topics,
        ScopeIndex index,
        TopicModel topicModel) {

    public ScopeAnalysis {
        assignments = List.copyOf(assignments);
        campaigns = List.copyOf(campaigns);
        topics = List.copyOf(topics);
    }
}
