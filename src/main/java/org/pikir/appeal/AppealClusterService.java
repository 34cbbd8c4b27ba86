package org.pikir.appeal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pikir.account.CurrentUser;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.pikir.analysis.AnalysisRecords.Addition;
import org.pikir.analysis.AnalysisRecords.RunStatus;
import org.pikir.analysis.AnalysisRecords.StoredAssignment;
import org.pikir.analysis.AnalysisRecords.StoredCampaign;
import org.pikir.analysis.AnalysisRecords.StoredTopic;
import org.pikir.analysis.AnalysisService;
import org.pikir.analysis.ItemRef;
import org.pikir.analysis.Scope;
import org.pikir.country.Country;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.DomainException;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The form-letter campaigns and topics of an agency's appeals (the analysis scope {@link AppealAnalysis#scope}),
 * for that agency's officials.
 *
 * <p>Analysis keeps an appeal in the scope of the agency it was submitted to, also after a redirect; what an
 * official may see is decided by the appeal module ({@link AppealInboxService#handledByMyAgency}): only appeals
 * the agency handles now appear, and a campaign or topic without such a member is left out with its text.
 */
@Service
@PreAuthorize(Roles.HAS_OFFICIAL)
public class AppealClusterService {

    private final AnalysisService analysis;
    private final AppealInboxService appeals;
    private final CountryService countries;
    private final CurrentUser currentUser;

    AppealClusterService(
            AnalysisService analysis, AppealInboxService appeals, CountryService countries, CurrentUser currentUser) {
        this.analysis = analysis;
        this.appeals = appeals;
        this.countries = countries;
        this.currentUser = currentUser;
    }

    /** An appeal in a campaign or topic, as the agency sees it now. */
    public record Member(
            long appealId,
            String number,
            CountryCode country,
            String subject,
            AppealStatus status,
            Instant dueAt,
            boolean overdue,
            String language) {}

    /**
     * A campaign of near-identical appeals: members largest campaign first; {@code additions} are the distinct
     * sentences citizens added to the shared text, only from members the agency handles.
     */
    public record AppealCampaign(
            String key,
            String template,
            Instant firstSeen,
            Instant lastSeen,
            List<String> languages,
            List<String> additions,
            List<Member> members) {

        public int size() {
            return members.size();
        }
    }

    /** A topic of the agency's appeals. */
    public record AppealTopic(String key, String label, List<Member> members) {

        public int size() {
            return members.size();
        }
    }

    /** The latest analysis run of the agency's appeals. */
    public record RunInfo(long id, boolean running, boolean failed, int percent, Instant finishedAt) {}

    /** Campaigns (largest first) and topics (largest first) of the caller's agency, its time zone and latest run. */
    public record AgencyClusters(
            ZoneId zone, List<AppealCampaign> campaigns, List<AppealTopic> topics, Optional<RunInfo> latestRun) {

        public boolean isEmpty() {
            return campaigns.isEmpty() && topics.isEmpty();
        }
    }

    /** Where a background re-analysis stands. */
    public record ReclusterStatus(int percent, boolean finished, boolean failed) {}

    /** The campaigns and topics of the caller's agency's current appeals. */
    @Transactional(readOnly = true)
    public AgencyClusters clusters() {
        long agency = myAgency();
        Scope scope = AppealAnalysis.scope(agency);
        ZoneId zone = countries
                .agency(agency)
                .flatMap(a -> countries.country(a.getCountry()))
                .map(Country::getZone)
                .orElse(ZoneId.of("UTC"));
        List<StoredCampaign> campaigns = analysis.campaigns(scope);
        List<StoredTopic> topics = analysis.topics(scope);
        Optional<RunInfo> run = analysis.latestRun(scope).map(AppealClusterService::info);
        if (campaigns.isEmpty() && topics.isEmpty()) {
            return new AgencyClusters(zone, List.of(), List.of(), run);
        }
        Map<String, List<Long>> byCampaign = new HashMap<>();
        Map<String, List<Long>> byTopic = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        for (StoredAssignment a : analysis.assignments(scope)) {
            Optional<Long> id = AppealAnalysis.appealId(a.item());
            if (id.isEmpty()) {
                continue;
            }
            ids.add(id.get());
            if (a.campaignKey() != null) {
                byCampaign
                        .computeIfAbsent(a.campaignKey(), k -> new ArrayList<>())
                        .add(id.get());
            }
            if (a.topicKey() != null) {
                byTopic.computeIfAbsent(a.topicKey(), k -> new ArrayList<>()).add(id.get());
            }
        }
        Map<Long, Member> visible = new LinkedHashMap<>();
        for (AppealSummary s : appeals.handledByMyAgency(ids)) {
            visible.put(
                    s.id(),
                    new Member(
                            s.id(),
                            s.number(),
                            s.country(),
                            s.subject(),
                            s.status(),
                            s.dueAt(),
                            s.overdue(),
                            s.language()));
        }
        Map<Long, String> texts = new HashMap<>();
        boolean[] loaded = {false};
        Runnable loadTexts = () -> {
            if (!loaded[0]) {
                texts.putAll(visibleTexts(scope, visible));
                loaded[0] = true;
            }
        };
        List<AppealCampaign> shownCampaigns = new ArrayList<>();
        for (StoredCampaign c : campaigns) {
            List<Member> members = members(byCampaign.get(c.key()), visible);
            if (members.isEmpty()) {
                // Nothing of it is at this agency any more: its template is another agency's appeal text now.
                continue;
            }
            List<String> languages = members.stream()
                    .map(Member::language)
                    .filter(Objects::nonNull)
                    .distinct()
                    .sorted()
                    .toList();
            String template = c.template();
            Optional<Long> templateItem = AppealAnalysis.appealId(c.templateItem());
            if (templateItem.isEmpty() || !visible.containsKey(templateItem.get())) {
                // The template is the text of an appeal that left the agency: show a member's text that is still here.
                loadTexts.run();
                template = members.stream()
                        .map(m -> texts.get(m.appealId()))
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse("");
            }
            if (!c.additions().isEmpty()) {
                loadTexts.run();
            }
            List<String> additions = c.additions().stream()
                    .filter(a -> ownedByVisibleMember(a, members, texts))
                    .map(Addition::text)
                    .distinct()
                    .toList();
            shownCampaigns.add(
                    new AppealCampaign(c.key(), template, c.firstSeen(), c.lastSeen(), languages, additions, members));
        }
        shownCampaigns.sort((a, b) -> Integer.compare(b.size(), a.size()));
        List<AppealTopic> shownTopics = new ArrayList<>();
        for (StoredTopic t : topics) {
            List<Member> members = members(byTopic.get(t.key()), visible);
            if (!members.isEmpty()) {
                shownTopics.add(new AppealTopic(t.key(), t.label(), members));
            }
        }
        shownTopics.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return new AgencyClusters(zone, shownCampaigns, shownTopics, run);
    }

    /**
     * Starts a background re-analysis of the caller's agency's appeals and returns the run to watch; a run
     * already going is returned instead of starting another. Outside a transaction so the background thread
     * sees the run row at once.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long recluster() {
        Scope scope = AppealAnalysis.scope(myAgency());
        return analysis.latestRun(scope)
                .filter(RunStatus::running)
                .map(RunStatus::id)
                .orElseGet(() -> analysis.recluster(scope));
    }

    /** Progress of a re-analysis run of the caller's agency; not found for another agency's run. */
    @Transactional(readOnly = true)
    public ReclusterStatus reclusterStatus(long runId) {
        Scope scope = AppealAnalysis.scope(myAgency());
        RunStatus run = analysis.run(runId).filter(r -> r.scope().equals(scope)).orElseThrow(NotFoundException::new);
        return new ReclusterStatus(run.progress(), !run.running(), "FAILED".equals(run.status()));
    }

    private long myAgency() {
        PikirUser me = currentUser.require();
        if (!me.hasRole(Role.OFFICIAL) || me.agencyId() == null) {
            throw new DomainException("error.accessDenied");
        }
        return me.agencyId();
    }

    private static RunInfo info(RunStatus r) {
        return new RunInfo(r.id(), r.running(), "FAILED".equals(r.status()), r.progress(), r.finishedAt());
    }

    private static List<Member> members(List<Long> ids, Map<Long, Member> visible) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream()
                .map(visible::get)
                .filter(Objects::nonNull)
                .sorted((a, b) -> a.number().compareTo(b.number()))
                .toList();
    }

    /** Texts of the visible appeals of a scope, as analysed. */
    private Map<Long, String> visibleTexts(Scope scope, Map<Long, Member> visible) {
        Map<Long, String> texts = new HashMap<>();
        analysis.texts(scope)
                .forEach((ItemRef item, String text) -> AppealAnalysis.appealId(item)
                        .filter(visible::containsKey)
                        .ifPresent(id -> texts.put(id, text)));
        return texts;
    }

    /** An added sentence may be shown only if an appeal the agency handles now carries it. */
    private static boolean ownedByVisibleMember(Addition addition, List<Member> members, Map<Long, String> texts) {
        Optional<Long> first = AppealAnalysis.appealId(addition.firstItem());
        if (first.isPresent() && members.stream().anyMatch(m -> m.appealId() == first.get())) {
            return true;
        }
        String needle = normalise(addition.text());
        return !needle.isEmpty()
                && members.stream()
                        .anyMatch(m ->
                                normalise(texts.getOrDefault(m.appealId(), "")).contains(needle));
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
