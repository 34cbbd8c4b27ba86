package org.pikir.consideration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pikir.analysis.AnalysisRecords.StoredAssignment;
import org.pikir.analysis.AnalysisRecords.StoredCampaign;
import org.pikir.analysis.AnalysisRecords.StoredTopic;
import org.pikir.analysis.AnalysisService;
import org.pikir.analysis.Campaign;
import org.pikir.analysis.TextItem;
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

    private static final String COMMENT = "comment";

    private final AnalysisService analysis;

    AnalysisCommentClusters(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @Override
    public DraftClusters forDraft(long draftId) {
        String scope = "consultation:" + draftId;
        List<StoredCampaign> campaigns = analysis.campaigns(scope);
        List<StoredTopic> topics = analysis.topics(scope);
        if (campaigns.isEmpty() && topics.isEmpty()) {
            return DraftClusters.NONE;
        }
        Map<String, List<Long>> byCampaign = new HashMap<>();
        Map<String, List<Long>> byTopic = new HashMap<>();
        for (StoredAssignment a : analysis.assignments(scope)) {
            if (!COMMENT.equals(a.kind())) {
                continue;
            }
            long id = Long.parseLong(a.id());
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
            for (TextItem item : analysis.items(scope)) {
                commentId(item.id()).ifPresent(id -> texts.put(id, normalise(item.text())));
            }
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
            for (Campaign.Addition addition : c.additions()) {
                long first = commentId(addition.firstItemId()).orElse(members.getFirst());
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

    private static java.util.Optional<Long> commentId(String itemId) {
        if (itemId == null || !itemId.startsWith(COMMENT + ":")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Long.parseLong(itemId.substring(COMMENT.length() + 1)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
