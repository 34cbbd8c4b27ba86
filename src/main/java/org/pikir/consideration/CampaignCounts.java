package org.pikir.consideration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Campaigns among the comments of a scope, from the clusters of each draft involved. */
@Component
class CampaignCounts {

    record Counts(long campaigns, long members) {}

    static final int CHUNK = 5_000;

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
        // In chunks: a scope can hold more comments than one statement may have parameters (65,535).
        Set<Long> drafts = new TreeSet<>();
        for (int from = 0; from < commentIds.size(); from += CHUNK) {
            List<Long> chunk = commentIds.subList(from, Math.min(commentIds.size(), from + CHUNK));
            drafts.addAll(jdbc.queryForList(
                    "select distinct draft_id from consultation_comment where id in (:ids)",
                    new MapSqlParameterSource("ids", new ArrayList<>(chunk)),
                    Long.class));
        }
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
