package org.pikir.consideration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Campaigns among the comments of a scope, from the clusters of each draft involved. */
@Component
class CampaignCounts {

    record Counts(long campaigns, long members) {}

    private final ClusterLookup clusters;
    private final NamedParameterJdbcTemplate jdbc;

    CampaignCounts(ClusterLookup clusters, NamedParameterJdbcTemplate jdbc) {
        this.clusters = clusters;
        this.jdbc = jdbc;
    }

    Counts count(MetricsScope scope, List<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return new Counts(0, 0);
        }
        Set<Long> inScope = new HashSet<>(commentIds);
        List<Long> drafts = jdbc.queryForList(
                "select distinct draft_id from consultation_comment where id in (:ids)",
                new MapSqlParameterSource("ids", commentIds),
                Long.class);
        long campaigns = 0;
        long members = 0;
        for (long draftId : drafts) {
            for (var campaign : clusters.forDraft(draftId).campaigns()) {
                long in =
                        campaign.memberIds().stream().filter(inScope::contains).count();
                if (in > 0) {
                    campaigns++;
                    members += in;
                }
            }
        }
        return new Counts(campaigns, members);
    }
}
