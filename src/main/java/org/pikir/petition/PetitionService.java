package org.pikir.petition;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.pikir.account.AccountService;
import org.pikir.account.AuthorName;
import org.pikir.account.CurrentUser;
import org.pikir.account.PikirUser;
import org.pikir.account.Role;
import org.pikir.analysis.LanguageDetector;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.DomainException;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Petitions: drafting, moderation, signing, the addressee's response, and the public lists. */
@Service
@Transactional
public class PetitionService {

    static final String HAS_CITIZEN = "hasRole('CITIZEN')";
    static final int TITLE_MIN = 10;
    static final int TITLE_MAX = 200;
    static final int TEXT_MIN = 50;
    static final int TEXT_MAX = 8000;
    static final int ACTION_MIN = 10;
    static final int ACTION_MAX = 2000;
    static final int NOTE_MAX = 1000;
    static final int RESPONSE_MIN = 20;
    static final int RESPONSE_MAX = 8000;
    static final int SIMILAR_LIMIT = 5;
    // Markup is never rendered, but a petition full of tags is unreadable: refuse it with a clear message.
    private static final Pattern HTML = Pattern.compile("<\\s*/?\\s*[A-Za-z!][^>]*>|&#?[A-Za-z0-9]+;");

    private final PetitionRepository petitions;
    private final PetitionQueries queries;
    private final SignatureLedger ledger;
    private final ThresholdWatch thresholds;
    private final PetitionRulesSource rules;
    private final PetitionPermissions permissions;
    private final PetitionNotifications notifications;
    private final SimilarPetitionFinder similarFinder;
    private final CountryService countries;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LanguageDetector languages;

    PetitionService(
            PetitionRepository petitions,
            PetitionQueries queries,
            SignatureLedger ledger,
            ThresholdWatch thresholds,
            PetitionRulesSource rules,
            PetitionPermissions permissions,
            PetitionNotifications notifications,
            SimilarPetitionFinder similarFinder,
            CountryService countries,
            AccountService accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            LanguageDetector languages,
            Clock clock) {
        this.petitions = petitions;
        this.queries = queries;
        this.ledger = ledger;
        this.thresholds = thresholds;
        this.rules = rules;
        this.permissions = permissions;
        this.notifications = notifications;
        this.similarFinder = similarFinder;
        this.countries = countries;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.languages = languages;
    }

    /** The petition rules of a country (threshold, periods), for the form and the petition page. */
    @Transactional(readOnly = true)
    public PetitionRules rules(CountryCode country) {
        return rules.rules(country);
    }

    /** Submits a petition for moderation; returns its id. The author must be a verified citizen. */
    @PreAuthorize(HAS_CITIZEN)
    public long submit(PetitionForm form) {
        return submit(form, null);
    }

    /**
     * Submits a petition as above from a form that sent a submission id: the same person sending the same
     * title and text with the same id again (a resend after a dropped connection) gets the petition stored the
     * first time, and no copy is made.
     */
    @PreAuthorize(HAS_CITIZEN)
    public long submit(PetitionForm form, java.util.UUID submissionId) {
        PikirUser user = currentUser.require();
        requireVerified(user, "petition.create.unverified");
        FieldErrors errors = new FieldErrors();
        errors.require("country", form.country());
        Agency agency = null;
        if (form.agencyId() == null) {
            errors.add("agency", "error.required");
        } else {
            agency = countries
                    .agency(form.agencyId())
                    .filter(Agency::isActive)
                    .filter(a -> a.getCountry() == form.country())
                    .orElse(null);
            if (agency == null && form.country() != null) {
                errors.add("agency", "petition.error.agencyNotInCountry");
            }
        }
        String title = text(errors, "title", form.title(), TITLE_MIN, TITLE_MAX);
        String text = text(errors, "text", form.text(), TEXT_MIN, TEXT_MAX);
        String action = text(errors, "requestedAction", form.requestedAction(), ACTION_MIN, ACTION_MAX);
        errors.throwIfAny();
        if (submissionId != null) {
            var earlier = petitions.findByAuthorIdAndSubmissionId(user.accountId(), submissionId).stream()
                    .filter(p -> p.getTitle().equals(title) && p.getText().equals(text))
                    .findFirst();
            if (earlier.isPresent()) {
                return earlier.get().getId();
            }
        }
        Petition petition = new Petition(
                form.country(),
                agency.getId(),
                user.accountId(),
                title,
                text,
                action,
                languages.detect(PetitionPublicTexts.analysedText(title, text)).code(),
                rules.rules(form.country()),
                clock.instant());
        petition.submittedAs(submissionId);
        return petitions.saveAndFlush(petition).getId();
    }

    /** Public petitions of the country similar to a draft (shown before submitting). */
    @Transactional(readOnly = true)
    public List<PetitionSummary> similar(CountryCode country, String title, String text) {
        if (country == null) {
            return List.of();
        }
        return similarFinder.findSimilar(country, title, text, SIMILAR_LIMIT);
    }

    /** One petition as the caller may see it; not found for pending petitions of others. */
    @Transactional(readOnly = true)
    public PetitionDetails details(long id) {
        Petition petition = petitions.findById(id).orElseThrow(NotFoundException::new);
        PikirUser user = currentUser.get().orElse(null);
        if (!permissions.canView(petition, user)) {
            throw new NotFoundException();
        }
        Instant now = clock.instant();
        boolean signed = user != null && ledger.hasSigned(id, user.accountId());
        boolean open = petition.isOpenForSignatures(now);
        boolean contentVisible = petition.isContentPublic()
                || (user != null
                        && (user.accountId() == petition.getAuthorId()
                                || permissions.canModerate(petition, user)
                                || user.hasRole(Role.ADMIN)));
        boolean original = user != null
                && (user.accountId() == petition.getAuthorId()
                        || permissions.canModerate(petition, user)
                        || permissions.canRespond(petition, user)
                        || user.hasRole(Role.ADMIN));
        return new PetitionDetails(
                petition,
                ledger.count(id),
                original
                        ? new AuthorName(accounts.displayName(petition.getAuthorId()), null)
                        : accounts.publicName(petition.getAuthorId()),
                signed,
                !signed && permissions.canSign(petition, user, now),
                signed && open,
                permissions.canModerate(petition, user),
                permissions.canRespond(petition, user),
                contentVisible,
                // the original text and name for its author and those who moderate or answer it
                original,
                petition.isResponseOverdue(now));
    }

    /** The public list: filter, sort and text search, one page. */
    @Transactional(readOnly = true)
    public List<PetitionSummary> search(PetitionFilter filter, int offset, int limit) {
        if (filter.status() == PetitionStatus.PENDING) {
            return List.of();
        }
        return queries.publicList(filter, offset, limit).stream()
                .map(PetitionSummary::masked)
                .toList();
    }

    /** The number of petitions in the public list for the filter. */
    @Transactional(readOnly = true)
    public long count(PetitionFilter filter) {
        if (filter.status() == PetitionStatus.PENDING) {
            return 0;
        }
        return queries.publicCount(filter);
    }

    /** Petitions of the moderator's country waiting for moderation, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.HAS_MODERATOR)
    public List<PetitionSummary> moderationQueue(int offset, int limit) {
        CountryCode country = currentUser.require().moderatorCountry();
        return country == null ? List.of() : queries.pendingIn(country, offset, limit);
    }

    /** Petitions addressed to the official's agency that reached the threshold, earliest deadline first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public List<PetitionSummary> toAnswer(int offset, int limit) {
        Long agency = currentUser.require().agencyId();
        return agency == null ? List.of() : queries.awaitingResponse(agency, offset, limit);
    }

    /** The signed-in person's own petitions, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public List<PetitionSummary> mine(int offset, int limit) {
        return queries.byAuthor(currentUser.require().accountId(), offset, limit);
    }

    /** A moderator of the country approves: collection starts now. */
    @PreAuthorize(Roles.HAS_MODERATOR)
    public void approve(long id) {
        Petition petition = forModeration(id);
        petition.approve(currentUser.require().accountId(), rules.rules(petition.getCountry()), clock.instant());
        notifications.approved(petition);
        events.publishEvent(new PetitionChanged(id, petition.getStatus()));
    }

    /** A moderator of the country rejects with a published reason (a note is required for OTHER). */
    @PreAuthorize(Roles.HAS_MODERATOR)
    public void reject(long id, RejectionForm form) {
        Petition petition = forModeration(id);
        FieldErrors errors = new FieldErrors();
        errors.require("reason", form.reason());
        String note = form.reason() == RejectionReason.OTHER
                ? errors.requireText("note", form.note(), NOTE_MAX)
                : errors.checkText("note", form.note(), NOTE_MAX);
        rejectHtml(errors, "note", note);
        errors.throwIfAny();
        petition.reject(
                currentUser.require().accountId(),
                form.reason(),
                note == null || note.isEmpty() ? null : note,
                clock.instant());
        notifications.rejected(petition);
        events.publishEvent(new PetitionChanged(id, petition.getStatus()));
    }

    /** Signs as the signed-in verified citizen; returns the new count. */
    @PreAuthorize(HAS_CITIZEN)
    public long sign(long id) {
        PikirUser user = currentUser.require();
        requireVerified(user, "petition.sign.unverified");
        Instant now = clock.instant();
        SignatureLedger.Attempt attempt = ledger.sign(id, user.accountId(), now);
        if (attempt.status() == null || !attempt.status().isPublic()) {
            throw new NotFoundException();
        }
        if (!attempt.added()) {
            boolean open =
                    attempt.status().isCollecting() && attempt.closesAt() != null && now.isBefore(attempt.closesAt());
            throw new DomainException(open ? "petition.sign.already" : "petition.sign.closed");
        }
        thresholds.afterSignature(
                id,
                new ThresholdWatch.OpenState(attempt.status(), attempt.closesAt(), attempt.threshold()),
                attempt.count());
        return attempt.count();
    }

    /** Withdraws the signed-in person's signature while the petition collects; returns the new count. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public long withdraw(long id) {
        PikirUser user = currentUser.require();
        ThresholdWatch.OpenState state = thresholds.state(id).orElseThrow(NotFoundException::new);
        if (!state.openAt(clock.instant())) {
            throw new DomainException("petition.withdraw.closed");
        }
        if (!ledger.remove(id, user.accountId())) {
            throw new DomainException("petition.withdraw.notSigned");
        }
        return ledger.count(id);
    }

    /** An official of the addressed agency publishes the response; signers are notified. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public void respond(long id, ResponseForm form) {
        Petition petition = petitions.findById(id).orElseThrow(NotFoundException::new);
        PikirUser user = currentUser.require();
        if (!permissions.canView(petition, user)) {
            throw new NotFoundException();
        }
        if (!permissions.canRespond(petition, user)) {
            throw new DomainException(
                    petition.getStatus() == PetitionStatus.THRESHOLD_REACHED
                            ? "error.accessDenied"
                            : "petition.respond.notAwaiting");
        }
        FieldErrors errors = new FieldErrors();
        errors.require("decision", form.decision());
        String text = text(errors, "responseText", form.text(), RESPONSE_MIN, RESPONSE_MAX);
        errors.throwIfAny();
        petition.respond(user.accountId(), form.decision(), text, clock.instant());
        notifications.responded(petition);
        events.publishEvent(new PetitionChanged(id, petition.getStatus()));
    }

    private Petition forModeration(long id) {
        Petition petition = petitions.findById(id).orElseThrow(NotFoundException::new);
        PikirUser user = currentUser.require();
        if (!permissions.canView(petition, user)) {
            throw new NotFoundException();
        }
        if (!permissions.canModerate(petition, user)) {
            throw new DomainException(
                    petition.getStatus() == PetitionStatus.PENDING
                            ? "error.accessDenied"
                            : "petition.moderate.notPending");
        }
        return petition;
    }

    private void requireVerified(PikirUser user, String key) {
        if (!accounts.isVerified(user.accountId())) {
            throw new DomainException(key);
        }
    }

    private static String text(FieldErrors errors, String field, String value, int min, int max) {
        String text = errors.requireText(field, value, max);
        if (!errors.has(field) && text.codePointCount(0, text.length()) < min) {
            errors.add(field, "petition.error.tooShort", min);
        }
        rejectHtml(errors, field, text);
        return text;
    }

    private static void rejectHtml(FieldErrors errors, String field, String text) {
        if (text != null && !errors.has(field) && HTML.matcher(text).find()) {
            errors.add(field, "petition.error.html");
        }
    }
}
