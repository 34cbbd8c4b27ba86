package org.pikir.consideration;

import java.util.List;
import java.util.Set;

/**
 * Where the workspace gets the campaigns and topics of a draft from (the analysis module). Clusters are
 * derived data: decisions store a snapshot of the members they applied to, so re-clustering never rewrites
 * what was decided.
 */
public interface CommentClusters {

    /** The current campaigns and topics of a draft law; empty when nothing has been clustered. */
    DraftClusters forDraft(long draftId);

    /** Campaigns and topics of one draft. A comment is in at most one campaign and at most one topic. */
    record DraftClusters(List<CampaignCluster> campaigns, List<TopicCluster> topics) {

        public static final DraftClusters NONE = new DraftClusters(List.of(), List.of());

        public DraftClusters {
            campaigns = List.copyOf(campaigns);
            topics = List.copyOf(topics);
        }
    }

    /**
     * Near-identical comments (a form letter).
     *
     * @param key stable key of the campaign within the draft
     * @param template the shared text
     * @param memberIds comment ids, template first
     * @param additions distinct sentences members added to the template
     * @param membersWithAdditions members whose text adds something of their own: they need their own look
     * @param topicKey the topic the campaign belongs to, or null
     */
    record CampaignCluster(
            String key,
            String template,
            List<Long> memberIds,
            List<Addition> additions,
            Set<Long> membersWithAdditions,
            String topicKey) {

        public CampaignCluster {
            memberIds = List.copyOf(memberIds);
            additions = List.copyOf(additions);
            membersWithAdditions = Set.copyOf(membersWithAdditions);
        }
    }

    /** A sentence members added to a campaign template, the first comment with it and how many have it. */
    record Addition(String text, long firstCommentId, int count) {}

    /** Comments about the same subject (campaign members included). */
    record TopicCluster(String key, String label, List<Long> commentIds) {

        public TopicCluster {
            commentIds = List.copyOf(commentIds);
        }
    }
}
