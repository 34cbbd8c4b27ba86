package org.pikir.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.CountryService;
import org.pikir.notification.NotificationService;
import org.pikir.shared.DomainException;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officials of the drafting agency do with a draft law: create, open, close, publish versions, decide.
 * Changes are flushed at once because the read side (and the timeline) use plain SQL in the same transaction.
 */
@Service
@Transactional
public class DraftLawService {

    static final int MAX_TITLE = 500;
    static final int MAX_SUMMARY = 10_000;
    static final int MAX_NOTE = 50_000;
    static final int MAX_NUMBER = 32;
    static final int MAX_HEADING = 1000;
    static final int MAX_ARTICLE_TEXT = 100_000;
    static final int MAX_ARTICLES = 1000;

    private final DraftLawRepository drafts;
    private final DraftVersionRepository versions;
    private final ConsultationPermissions permissions;
    private final ConsultationPeriodRules periodRules;
    private final DraftTimeline timeline;
    private final CountryService countries;
    private final NotificationService notifications;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftLawService(
            DraftLawRepository drafts,
            DraftVersionRepository versions,
            ConsultationPermissions permissions,
            ConsultationPeriodRules periodRules,
            DraftTimeline timeline,
            CountryService countries,
            NotificationService notifications,
            org.springframework.jdbc.core.JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.drafts = drafts;
        this.versions = versions;
        this.permissions = permissions;
        this.periodRules = periodRules;
        this.timeline = timeline;
        this.countries = countries;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a draft law (status DRAFT, version 1) for the calling official's agency. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public long createDraft(DraftForm form) {
        if (!permissions.canDraft()) {
            throw new DomainException("error.accessDenied");
        }
        PikirUser me = permissionsUser();
        Agency agency = countries.agency(me.agencyId()).orElseThrow(NotFoundException::new);
        validate(form);
        DraftLaw draft = drafts.save(
                new DraftLaw(agency.getCountry(), agency.getId(), form.policyArea(), me.accountId(), clock.instant()));
        DraftVersion version = new DraftVersion(draft.getId(), 1, clock.instant(), me.accountId());
        fill(version, form, null, null);
        versions.saveAndFlush(version);
        timeline.record(draft.getId(), 1, DraftTimeline.Kind.CREATED, me.accountId(), null);
        return draft.getId();
    }

    /** Replaces the texts of a draft that is not yet published. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public void updateDraft(long draftId, DraftForm form) {
        DraftLaw draft = find(draftId);
        PikirUser me = permissions.requireManager(draft);
        if (draft.getStatus() != DraftStatus.DRAFT) {
            throw new DomainException("consultation.error.notEditable");
        }
        validate(form);
        draft.changePolicyArea(form.policyArea());
        DraftVersion version = versions.findByDraftIdAndNumber(draftId, 1).orElseThrow(NotFoundException::new);
        version.getArticles().clear();
        versions.flush();
        fill(version, form, null, null);
        versions.flush();
        timeline.record(draftId, 1, DraftTimeline.Kind.EDITED, me.accountId(), null);
    }

    /** Opens public discussion of the current version, with a window at least the country's minimum long. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public void openConsultation(long draftId, Instant opensAt, Instant closesAt) {
        DraftLaw draft = find(draftId);
        PikirUser me = permissions.requireManager(draft);
        FieldErrors errors = new FieldErrors();
        errors.require("opensAt", opensAt);
        errors.require("closesAt", closesAt);
        Instant now = clock.instant();
        if (opensAt != null && opensAt.isBefore(now.minus(java.time.Duration.ofMinutes(5)))) {
            errors.add("opensAt", "consultation.error.opensInPast");
        }
        if (opensAt != null && closesAt != null) {
            if (!closesAt.isAfter(opensAt)) {
                errors.add("closesAt", "consultation.error.windowOrder");
            } else if (!periodRules.isLongEnough(draft.getCountry(), opensAt, closesAt)) {
                ConsultationPeriodRules.Minimum min = periodRules.minimum(draft.getCountry());
                errors.add(
                        "closesAt",
                        min.workingDays()
                                ? "consultation.error.tooShortWorking"
                                : "consultation.error.tooShortCalendar",
                        min.amount());
            }
        }
        errors.throwIfAny();
        draft.open(opensAt, closesAt);
        drafts.flush();
        timeline.record(draftId, draft.getCurrentVersion(), DraftTimeline.Kind.OPENED, me.accountId(), null);
        events.publishEvent(new DraftPublished(draftId, draft.getCurrentVersion()));
    }

    /** Closes the discussion now. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public void closeConsultation(long draftId) {
        DraftLaw draft = find(draftId);
        PikirUser me = permissions.requireManager(draft);
        draft.close(clock.instant());
        drafts.flush();
        timeline.record(draftId, draft.getCurrentVersion(), DraftTimeline.Kind.CLOSED, me.accountId(), null);
        events.publishEvent(new ConsultationClosed(draftId, clock.instant()));
    }

    /** Publishes version N+1 after a closed round; returns its number. Every article change is recorded. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public int publishNewVersion(long draftId, DraftForm form, String changeNote) {
        DraftLaw draft = find(draftId);
        PikirUser me = permissions.requireManager(draft);
        if (!draft.getStatus().canMoveTo(DraftStatus.NEW_VERSION_PUBLISHED)) {
            throw new DomainException(
                    "consultation.error.transition",
                    draft.getStatus().name(),
                    DraftStatus.NEW_VERSION_PUBLISHED.name());
        }
        validate(form);
        FieldErrors noteErrors = new FieldErrors();
        String note = noteErrors.checkText("changeNote", changeNote, 2000);
        noteErrors.throwIfAny();
        DraftVersion previous = versions.findByDraftIdAndNumber(draftId, draft.getCurrentVersion())
                .orElseThrow(NotFoundException::new);
        int number = draft.getCurrentVersion() + 1;
        DraftVersion next = new DraftVersion(draftId, number, clock.instant(), me.accountId());
        fill(next, form, note, previous);
        versions.save(next);
        draft.publishVersion(number);
        drafts.flush();
        timeline.record(draftId, number, DraftTimeline.Kind.VERSION_PUBLISHED, me.accountId(), note);
        recordChanges(draftId, number, previous, next, me.accountId());
        events.publishEvent(new DraftPublished(draftId, number));
        // Everyone who took part hears that their input led to a new text.
        List<Long> participants = jdbc.queryForList("""
                select author_id from consultation_comment where draft_id = ?
                union select account_id from draft_vote where draft_id = ?""", Long.class, draftId, draftId);
        notifications.notifyAll(
                participants,
                "consultation.notify.version.subject",
                "consultation.notify.version.body",
                List.of(String.valueOf(number)),
                "consultations/" + draftId + "/diff");
        return number;
    }

    /** Marks the draft adopted (final). */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public void adopt(long draftId) {
        DraftLaw draft = find(draftId);
        PikirUser me = permissions.requireManager(draft);
        draft.moveTo(DraftStatus.ADOPTED);
        drafts.flush();
        timeline.record(draftId, draft.getCurrentVersion(), DraftTimeline.Kind.ADOPTED, me.accountId(), null);
    }

    /** Withdraws the draft (final). */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public void withdraw(long draftId) {
        DraftLaw draft = find(draftId);
        PikirUser me = permissions.requireManager(draft);
        draft.moveTo(DraftStatus.WITHDRAWN);
        drafts.flush();
        timeline.record(draftId, draft.getCurrentVersion(), DraftTimeline.Kind.WITHDRAWN, me.accountId(), null);
    }

    /** Splits pasted texts (any of kk, ru, en may be empty) into articles merged by number, for a preview. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    @Transactional(readOnly = true)
    public ImportPreview importText(String kk, String ru, String en) {
        LawTextSplitter splitter = new LawTextSplitter();
        Map<String, ArticleForm> byNumber = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<String>> numbersPerLanguage = new HashMap<>();
        for (String language : List.of("kk", "ru", "en")) {
            String text = switch (language) {
                case "kk" -> kk;
                case "ru" -> ru;
                default -> en;
            };
            if (text == null || text.isBlank()) {
                continue;
            }
            List<LawTextSplitter.Article> found = splitter.split(text).articles();
            counts.put(language, found.size());
            List<String> numbers = new ArrayList<>();
            for (LawTextSplitter.Article a : found) {
                numbers.add(a.number());
                ArticleForm form = byNumber.getOrDefault(
                        a.number(),
                        new ArticleForm(null, a.number(), null, null, null, null, null, null, null, null, null));
                byNumber.put(a.number(), form.withLanguage(language, a.chapter(), a.heading(), a.text()));
            }
            numbersPerLanguage.put(language, numbers);
        }
        List<String> missing = new ArrayList<>();
        for (String number : byNumber.keySet()) {
            numbersPerLanguage.forEach((language, numbers) -> {
                if (!numbers.contains(number)) {
                    missing.add(number + ":" + language);
                }
            });
        }
        return new ImportPreview(List.copyOf(byNumber.values()), counts, missing);
    }

    /** Closes every consultation whose window has ended (run by the scheduler, as the system). */
    public int closeExpired() {
        Instant now = clock.instant();
        int closed = 0;
        for (DraftLaw draft : drafts.findByStatusAndClosesAtLessThanEqual(DraftStatus.OPEN, now)) {
            draft.close(now);
            drafts.flush();
            timeline.record(draft.getId(), draft.getCurrentVersion(), DraftTimeline.Kind.CLOSED, null, "window ended");
            events.publishEvent(new ConsultationClosed(draft.getId(), now));
            closed++;
        }
        return closed;
    }

    private PikirUser permissionsUser() {
        return permissions.currentUser();
    }

    private DraftLaw find(long draftId) {
        return drafts.findById(draftId).orElseThrow(NotFoundException::new);
    }

    private static void validate(DraftForm form) {
        FieldErrors errors = new FieldErrors();
        errors.require("policyArea", form.policyArea());
        errors.requireText("titleKk", form.titleKk(), MAX_TITLE);
        errors.requireText("titleRu", form.titleRu(), MAX_TITLE);
        errors.checkText("titleEn", form.titleEn(), MAX_TITLE);
        errors.requireText("summaryKk", form.summaryKk(), MAX_SUMMARY);
        errors.requireText("summaryRu", form.summaryRu(), MAX_SUMMARY);
        errors.checkText("summaryEn", form.summaryEn(), MAX_SUMMARY);
        errors.checkText("noteKk", form.noteKk(), MAX_NOTE);
        errors.checkText("noteRu", form.noteRu(), MAX_NOTE);
        errors.checkText("noteEn", form.noteEn(), MAX_NOTE);
        if (form.articles().isEmpty()) {
            errors.add("articles", "consultation.error.noArticles");
        } else if (form.articles().size() > MAX_ARTICLES) {
            errors.add("articles", "consultation.error.tooManyArticles", MAX_ARTICLES);
        }
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (ArticleForm a : form.articles()) {
            String label = a.number() == null ? "?" : a.number().strip();
            FieldErrors one = new FieldErrors();
            one.requireText("number", a.number(), MAX_NUMBER);
            one.requireText("textKk", a.textKk(), MAX_ARTICLE_TEXT);
            one.requireText("textRu", a.textRu(), MAX_ARTICLE_TEXT);
            one.checkText("textEn", a.textEn(), MAX_ARTICLE_TEXT);
            for (String h : new String[] {
                a.headingKk(), a.headingRu(), a.headingEn(), a.chapterKk(), a.chapterRu(), a.chapterEn()
            }) {
                one.checkText("heading", h, MAX_HEADING);
            }
            if (!one.isEmpty()) {
                errors.add("articles", "consultation.error.article", label);
            } else if (!numbers.add(label)) {
                errors.add("articles", "consultation.error.duplicateNumber", label);
            }
        }
        errors.throwIfAny();
    }

    private static void fill(DraftVersion version, DraftForm form, String changeNote, DraftVersion previous) {
        version.describe(
                Trilingual.of(form.titleKk(), form.titleRu(), form.titleEn()),
                Trilingual.of(form.summaryKk(), form.summaryRu(), form.summaryEn()),
                Trilingual.of(form.noteKk(), form.noteRu(), form.noteEn()),
                changeNote);
        java.util.Set<String> knownRefs = new java.util.HashSet<>();
        if (previous != null) {
            previous.getArticles().forEach(a -> knownRefs.add(a.getRef()));
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        int position = 0;
        for (ArticleForm a : form.articles()) {
            // Refs come from the form; an unknown or repeated one (e.g. a copied row) starts a new article.
            String ref = a.ref() != null && (previous == null || knownRefs.contains(a.ref())) && used.add(a.ref())
                    ? a.ref()
                    : UUID.randomUUID().toString();
            used.add(ref);
            version.getArticles()
                    .add(new DraftArticle(ref, position++, a.number().strip(), a.chapter(), a.heading(), a.text()));
        }
    }

    private void recordChanges(long draftId, int number, DraftVersion previous, DraftVersion next, long actor) {
        Map<String, DraftArticle> before = new HashMap<>();
        previous.getArticles().forEach(a -> before.put(a.getRef(), a));
        for (DraftArticle a : next.getArticles()) {
            DraftArticle old = before.remove(a.getRef());
            if (old == null) {
                timeline.record(draftId, number, DraftTimeline.Kind.ARTICLE_ADDED, actor, a.getNumber());
            } else if (!old.sameContentAs(a)) {
                timeline.record(draftId, number, DraftTimeline.Kind.ARTICLE_CHANGED, actor, a.getNumber());
            }
        }
        before.values()
                .forEach(a ->
                        timeline.record(draftId, number, DraftTimeline.Kind.ARTICLE_REMOVED, actor, a.getNumber()));
    }
}
