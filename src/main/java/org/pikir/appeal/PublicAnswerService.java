package org.pikir.appeal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pikir.account.CurrentUser;
import org.pikir.account.PikirUser;
import org.pikir.appeal.AppealClusterService.AppealCampaign;
import org.pikir.appeal.AppealClusterService.AppealTopic;
import org.pikir.appeal.PublicAnswerMatcher.Candidate;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.country.LocalizedName;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public answers: an agency's officials publish, edit and withdraw them (only for their own agency; everyone
 * else gets not found or access denied); anyone reads the published ones; a citizen writing an appeal gets the
 * ones that match what they write, and may say one answered their question (counted per agency).
 *
 * <p>Suggestions and search read only this table's published rows: no appeal, appellant or appeal text can reach
 * them.
 */
@Service
@Transactional(readOnly = true)
public class PublicAnswerService {

    /** Most suggestions shown while a citizen writes. */
    public static final int MAX_SUGGESTIONS = 5;

    static final int MAX_QUESTION = 1000;
    static final int MAX_ANSWER = 10_000;
    static final int MAX_LEGAL_BASIS = 1000;

    /** How many published answers of a country are ranked at most (newest first). */
    static final int MAX_CANDIDATES = 5000;

    /** A published answer as anyone may read it. */
    public record PublishedEntry(
            long id,
            CountryCode country,
            long agencyId,
            LocalizedName agencyName,
            String question,
            String answer,
            String legalBasis,
            List<String> languages,
            Instant publishedAt,
            Instant updatedAt) {}

    /** An answer of the caller's agency, as its officials see it (also withdrawn ones). */
    public record AgencyAnswer(
            long id,
            String question,
            String answer,
            String legalBasis,
            List<String> languages,
            PublicAnswerStatus status,
            PublicAnswerSource source,
            String sourceKey,
            Instant updatedAt) {

        /** The form to edit it with. */
        public PublicAnswerForm form() {
            return new PublicAnswerForm(question, answer, legalBasis, languages, source, sourceKey);
        }
    }

    private record Terms(long version, Set<String> question, Set<String> answer) {}

    private final PublicAnswerRepository answers;
    private final AppealPermissions permissions;
    private final AppealClusterService clusters;
    private final CountryService countries;
    private final CurrentUser currentUser;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Map<Long, Terms> terms = new ConcurrentHashMap<>();

    PublicAnswerService(
            PublicAnswerRepository answers,
            AppealPermissions permissions,
            AppealClusterService clusters,
            CountryService countries,
            CurrentUser currentUser,
            NamedParameterJdbcTemplate jdbc,
            Clock clock) {
        this.answers = answers;
        this.permissions = permissions;
        this.clusters = clusters;
        this.countries = countries;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // --- officials --------------------------------------------------------------------------------------

    /**
     * A form for a campaign or topic of the caller's agency: its languages and source, and for a topic its label
     * (key words) as a start; never a campaign's shared text, which is appellants' own words. Not found for a
     * campaign or topic the agency does not see.
     */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public PublicAnswerForm draftFrom(PublicAnswerSource source, String key) {
        permissions.myAgency();
        var seen = clusters.clusters();
        if (source == PublicAnswerSource.CAMPAIGN) {
            AppealCampaign campaign = seen.campaigns().stream()
                    .filter(c -> c.key().equals(key))
                    .findFirst()
                    .orElseThrow(NotFoundException::new);
            // The shared text is what appellants wrote (names, addresses): it is never put into the public form;
            // the official writes the question in plain words.
            return new PublicAnswerForm("", "", "", portalLanguages(campaign.languages()), source, key);
        }
        AppealTopic topic = seen.topics().stream()
                .filter(t -> t.key().equals(key))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        List<String> languages = topic.members().stream()
                .map(AppealClusterService.Member::language)
                .distinct()
                .toList();
        return new PublicAnswerForm(clip(topic.label(), MAX_QUESTION), "", "", portalLanguages(languages), source, key);
    }

    /** Publishes an answer of the caller's agency; returns its id. */
    @Transactional
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public long publish(PublicAnswerForm form) {
        long agencyId = permissions.myAgency();
        Agency agency = countries.agency(agencyId).orElseThrow(NotFoundException::new);
        PikirUser user = currentUser.require();
        List<String> languages = validate(form);
        Instant now = clock.instant();
        PublicAnswer answer =
                new PublicAnswer(agency.getCountry(), agencyId, user.accountId(), form.source(), form.sourceKey(), now);
        answer.write(form.question().strip(), form.answer().strip(), stripped(form.legalBasis()), languages, now);
        return answers.save(answer).getId();
    }

    /** Rewrites an answer of the caller's agency (it stays in its status). */
    @Transactional
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public void edit(long id, PublicAnswerForm form) {
        PublicAnswer answer = mine(id);
        List<String> languages = validate(form);
        answer.write(
                form.question().strip(),
                form.answer().strip(),
                stripped(form.legalBasis()),
                languages,
                clock.instant());
        terms.remove(id);
    }

    /** Withdraws a published answer of the caller's agency: it is no longer shown or suggested. */
    @Transactional
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public void withdraw(long id) {
        mine(id).withdraw(clock.instant());
    }

    /** Publishes a withdrawn answer of the caller's agency again. */
    @Transactional
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public void republish(long id) {
        mine(id).republish(clock.instant());
    }

    /** An answer of the caller's agency, in any status; not found for another agency's. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public AgencyAnswer agencyAnswer(long id) {
        return agencyView(mine(id));
    }

    /** The caller's agency's answers, most recently changed first. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public List<AgencyAnswer> agencyAnswers(int offset, int limit) {
        long agency = permissions.myAgency();
        return answers.ofAgency(agency, page(offset, limit)).stream()
                .map(PublicAnswerService::agencyView)
                .toList();
    }

    private PublicAnswer mine(long id) {
        long agency = permissions.myAgency();
        return answers.findById(id).filter(a -> a.getAgencyId() == agency).orElseThrow(NotFoundException::new);
    }

    private static AgencyAnswer agencyView(PublicAnswer a) {
        return new AgencyAnswer(
                a.getId(),
                a.getQuestion(),
                a.getAnswer(),
                a.getLegalBasis(),
                a.getLanguages(),
                a.getStatus(),
                a.getSourceKind(),
                a.getSourceKey(),
                a.getUpdatedAt());
    }

    private static List<String> validate(PublicAnswerForm form) {
        FieldErrors errors = new FieldErrors();
        errors.requireText("question", form.question(), MAX_QUESTION);
        errors.requireText("answer", form.answer(), MAX_ANSWER);
        errors.checkText("legalBasis", form.legalBasis(), MAX_LEGAL_BASIS);
        List<String> languages = form.languages().stream()
                .filter(PublicAnswerMatcher.LANGUAGES::contains)
                .distinct()
                .toList();
        if (languages.isEmpty() || languages.size() != form.languages().size()) {
            errors.add("languages", "appeal.answers.error.languages");
        }
        if ((form.source() == null)
                != (form.sourceKey() == null || form.sourceKey().isBlank())) {
            errors.add("source", "appeal.answers.error.source");
        }
        errors.throwIfAny();
        return PublicAnswerMatcher.LANGUAGES.stream()
                .filter(languages::contains)
                .toList();
    }

    // --- everyone -----------------------------------------------------------------------------------------

    /** A published answer; not found if withdrawn or unknown. */
    public PublishedEntry published(long id) {
        return answers.findById(id)
                .filter(a -> a.getStatus() == PublicAnswerStatus.PUBLISHED)
                .map(this::entry)
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Published answers of a country (and agency, if given): newest first, or best match first for a non-blank
     * {@code query} (words in any of kk, ru, en).
     */
    public List<PublishedEntry> search(CountryCode country, Long agencyId, String query, int offset, int limit) {
        if (country == null) {
            return List.of();
        }
        if (query == null || query.isBlank()) {
            return answers.published(country, agencyId, PageRequest.of(0, MAX_CANDIDATES)).stream()
                    .skip(Math.max(0, offset))
                    .limit(Math.max(0, limit))
                    .map(this::entry)
                    .toList();
        }
        List<PublicAnswer> ranked = ranked(country, agencyId, query, Integer.MAX_VALUE, 0);
        return ranked.stream()
                .skip(Math.max(0, offset))
                .limit(Math.max(0, limit))
                .map(this::entry)
                .toList();
    }

    /** How many published answers {@link #search} finds. */
    public long count(CountryCode country, Long agencyId, String query) {
        if (country == null) {
            return 0;
        }
        if (query == null || query.isBlank()) {
            return answers.countPublished(country, agencyId);
        }
        return ranked(country, agencyId, query, Integer.MAX_VALUE, 0).size();
    }

    /**
     * Up to {@link #MAX_SUGGESTIONS} published answers of the addressed country (and agency, once chosen) that
     * match what the citizen is writing, best first.
     */
    public List<PublishedEntry> suggest(CountryCode country, Long agencyId, String text) {
        if (country == null || text == null || text.isBlank()) {
            return List.of();
        }
        return ranked(country, agencyId, clip(text, 4000), MAX_SUGGESTIONS, PublicAnswerMatcher.MIN_SHARED).stream()
                .map(this::entry)
                .toList();
    }

    /**
     * The signed-in citizen says a published answer answered their question, so they do not send the appeal:
     * counted once per person and answer for the answer's agency.
     */
    @Transactional
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void answeredMyQuestion(long answerId) {
        PikirUser user = currentUser.require();
        PublicAnswer answer = answers.findById(answerId)
                .filter(a -> a.getStatus() == PublicAnswerStatus.PUBLISHED)
                .orElseThrow(NotFoundException::new);
        jdbc.update(
                """
                insert into public_answer_use (answer_id, agency_id, account_id, at)
                values (:answer, :agency, :account, :at) on conflict (answer_id, account_id) do nothing""",
                new MapSqlParameterSource("answer", answer.getId())
                        .addValue("agency", answer.getAgencyId())
                        .addValue("account", user.accountId())
                        .addValue("at", java.sql.Timestamp.from(clock.instant())));
    }

    private List<PublicAnswer> ranked(CountryCode country, Long agencyId, String query, int limit, int minShared) {
        List<Candidate<PublicAnswer>> candidates = new ArrayList<>();
        for (PublicAnswer a : answers.published(country, agencyId, PageRequest.of(0, MAX_CANDIDATES))) {
            Terms t = terms.get(a.getId());
            if (t == null || t.version() != a.getVersion()) {
                t = new Terms(
                        a.getVersion(),
                        PublicAnswerMatcher.terms(a.getQuestion()),
                        PublicAnswerMatcher.terms(
                                a.getAnswer() + (a.getLegalBasis() == null ? "" : " " + a.getLegalBasis())));
                terms.put(a.getId(), t);
            }
            candidates.add(new Candidate<>(a, t.question(), t.answer()));
        }
        // minShared 0: a search box query (short, any of its words), else what a citizen is writing.
        var found = minShared == 0
                ? PublicAnswerMatcher.search(query, candidates, limit)
                : PublicAnswerMatcher.rank(query, candidates, limit, minShared);
        return found.stream().map(PublicAnswerMatcher.Scored::item).toList();
    }

    private PublishedEntry entry(PublicAnswer a) {
        LocalizedName name =
                countries.agency(a.getAgencyId()).map(Agency::getName).orElse(new LocalizedName("", "", ""));
        return new PublishedEntry(
                a.getId(),
                a.getCountry(),
                a.getAgencyId(),
                name,
                a.getQuestion(),
                a.getAnswer(),
                a.getLegalBasis(),
                a.getLanguages(),
                a.getPublishedAt(),
                a.getUpdatedAt());
    }

    private static PageRequest page(int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        return PageRequest.of(Math.max(0, offset) / size, size);
    }

    private static List<String> portalLanguages(List<String> languages) {
        Set<String> kept = new LinkedHashSet<>();
        for (String l : languages) {
            if (l != null && PublicAnswerMatcher.LANGUAGES.contains(l)) {
                kept.add(l);
            }
        }
        return List.copyOf(kept);
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        String s = text.strip();
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String stripped(String text) {
        return text == null ? null : text.strip();
    }
}
