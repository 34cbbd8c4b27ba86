package org.pikir.consideration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pikir.analysis.AnalysisRecords;
import org.pikir.analysis.AnalysisRecords.StoredAssignment;
import org.pikir.analysis.AnalysisRecords.StoredCampaign;
import org.pikir.analysis.AnalysisRecords.StoredTopic;
import org.pikir.analysis.AnalysisService;
import org.pikir.analysis.Scope;
import org.pikir.consultation.CommentAnalysis;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The campaigns and topics the analysis engine stored for a draft's comments (scope "consultation:&lt;id&gt;").
 * A member "needs its own look" when its text carries one of the sentences citizens added to the template.
 * Falls back to "unclustered" (empty) while a draft has not been analysed.
 */
@Component
// After test fixtures (order 0), before the "unclustered" fallback.
@Order(10)
class AnalysisCommentClusters implements CommentClusters {

    private final AnalysisService analysis;

    AnalysisCommentClusters(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @Override
    public DraftClusters forDraft(long draftId) {
        Scope scope = CommentAnalysis.scope(draftId);
        List<StoredCampaign> campaigns = analysis.campaigns(scope);
        List<StoredTopic> topics = analysis.topics(scope);
        if (campaigns.isEmpty() && topics.isEmpty()) {
            return DraftClusters.NONE;
        }
        Map<String, List<Long>> byCampaign = new HashMap<>();
        Map<String, List<Long>> byTopic = new HashMap<>();
        for (StoredAssignment a : analysis.assignments(scope)) {
            var commentId = CommentAnalysis.commentId(a.item());
            if (commentId.isEmpty()) {
                continue;
            }
            long id = commentId.get();
            if (a.campaignKey() != null) {
                byCampaign
                        .computeIfAbsent(a.campaignKey(), k -> new ArrayList<>())
                        .add(id);
            }
            if (a.topicKey() != null) {
                byTopic.computeIfAbsent(a.topicKey(), k -> new ArrayList<>()).add(id);
            }
        }
        Map<Long, String> texts = new HashMap<>();
        if (campaigns.stream().anyMatch(c -> !c.additions().isEmpty())) {
            analysis.texts(scope)
                    .forEach((item, text) ->
                            CommentAnalysis.commentId(item).ifPresent(id -> texts.put(id, normalise(text))));
        }
        List<CampaignCluster> campaignClusters = new ArrayList<>();
        for (StoredCampaign c : campaigns) {
            List<Long> members = byCampaign.getOrDefault(c.key(), List.of()).stream()
                    .sorted()
                    .toList();
            if (members.isEmpty()) {
                continue;
            }
            List<Addition> additions = new ArrayList<>();
            Set<Long> withAdditions = new LinkedHashSet<>();
            for (AnalysisRecords.Addition addition : c.additions()) {
                long first = CommentAnalysis.commentId(addition.firstItem()).orElse(members.getFirst());
                additions.add(new Addition(addition.text(), first, addition.count()));
                String needle = normalise(addition.text());
                for (Long member : members) {
                    if (!needle.isEmpty() && texts.getOrDefault(member, "").contains(needle)) {
                        withAdditions.add(member);
                    }
                }
                withAdditions.add(first);
            }
            campaignClusters.add(
                    new CampaignCluster(c.key(), c.template(), members, additions, withAdditions, c.topicKey()));
        }
        List<TopicCluster> topicClusters = topics.stream()
                .map(t -> new TopicCluster(
                        t.key(),
                        t.label(),
                        byTopic.getOrDefault(t.key(), List.of()).stream()
                                .sorted()
                                .toList()))
                .filter(t -> !t.commentIds().isEmpty())
                .toList();
        return new DraftClusters(campaignClusters, topicClusters);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
