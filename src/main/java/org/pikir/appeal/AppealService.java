package org.pikir.appeal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pikir.account.AccountService;
import org.pikir.account.CurrentUser;
import org.pikir.account.PikirUser;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.analysis.LanguageDetector;
import org.pikir.country.Agency;
import org.pikir.country.CountryService;
import org.pikir.shared.DomainException;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The author's side of appeals: submit, follow, read the answer, rate it, dispute it. */
@Service
@Transactional
public class AppealService {

    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 10_000;
    static final int MAX_COMMENT = 1000;
    static final int MAX_REASON = 2000;

    private final AppealRepository appeals;
    private final AppealAttachmentRepository attachments;
    private final AppealEventRepository events;
    private final AppealReplyRepository replies;
    private final AppealPermissions permissions;
    private final AppealNumbers numbers;
    private final AppealDeadlines deadlines;
    private final AppealNotifications notifications;
    private final LanguageDetector languages;
    private final CountryService countries;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    AppealService(
            AppealRepository appeals,
            AppealAttachmentRepository attachments,
            AppealEventRepository events,
            AppealReplyRepository replies,
            AppealPermissions permissions,
            AppealNumbers numbers,
            AppealDeadlines deadlines,
            AppealNotifications notifications,
            LanguageDetector languages,
            CountryService countries,
            AccountService accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.appeals = appeals;
        this.attachments = attachments;
        this.events = events;
        this.replies = replies;
        this.permissions = permissions;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.languages = languages;
        this.countries = countries;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Registers an appeal with its attachments in one transaction; the result is the acknowledgement. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public SubmittedAppeal submit(AppealForm form) {
        return submit(form, null);
    }

    /**
     * Registers an appeal as above from a form that sent a submission id: the same person sending the same
     * subject and text with the same id again (a resend after a dropped connection) gets the acknowledgement
     * of the appeal registered the first time, and no second appeal is registered.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public SubmittedAppeal submit(AppealForm form, java.util.UUID submissionId) {
        PikirUser me = currentUser.require();
        if (!accounts.isVerified(me.accountId())) {
            throw new DomainException("appeal.error.unverified");
        }
        FieldErrors errors = new FieldErrors();
        errors.require("country", form.country());
        Agency agency = null;
        if (errors.require("agency", form.agencyId()) != null) {
            agency = countries.agency(form.agencyId()).filter(Agency::isActive).orElse(null);
            if (agency == null) {
                errors.add("agency", "appeal.error.agencyUnknown");
            } else if (form.country() != null && agency.getCountry() != form.country()) {
                errors.add("agency", "appeal.error.agencyWrongCountry");
            }
        }
        errors.require("type", form.type());
        String subject = errors.requireText("subject", form.subject(), MAX_SUBJECT);
        String text = errors.requireText("text", form.text(), MAX_TEXT);
        errors.require("contactPreference", form.contactPreference());
        List<CheckedFile> files = checkAttachments(errors, form.attachments());
        errors.throwIfAny();
        if (submissionId != null) {
            var earlier = appeals.findByAuthorIdAndSubmissionId(me.accountId(), submissionId).stream()
                    .filter(a -> a.getSubject().equals(subject) && a.getText().equals(text))
                    .findFirst();
            if (earlier.isPresent()) {
                Appeal a = earlier.get();
                return new SubmittedAppeal(a.getId(), a.getNumber(), a.getDueAt());
            }
        }

        Instant now = clock.instant();
        DetectedLanguage language = languages.detect(text);
        AppealNumber number = numbers.next(agency.getCountry(), now, deadlines.zone(agency.getCountry()));
        Appeal appeal = appeals.save(new Appeal(
                number.toString(),
                agency.getCountry(),
                agency.getId(),
                me.accountId(),
                form.type(),
                subject,
                text,
                language.code(),
                form.contactPreference(),
                form.publishAnonymised(),
                now,
                deadlines.due(agency.getCountry(), now)));
        appeal.submittedAs(submissionId);
        for (CheckedFile file : files) {
            attachments.save(new AppealAttachment(appeal.getId(), file.name(), file.type(), file.content(), now));
        }
        events.save(new AppealEvent(appeal.getId(), AppealEventKind.REGISTERED, now, null, agency.getId())
                .dueAt(appeal.getDueAt()));
        notifications.registered(appeal);
        publisher.publishEvent(
                new AppealSubmitted(appeal.getId(), agency.getId(), agency.getCountry(), text, language, now));
        return new SubmittedAppeal(appeal.getId(), appeal.getNumber(), appeal.getDueAt());
    }

    /** The signed-in person's own appeals, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public Page<AppealSummary> myAppeals(Pageable pageable) {
        long me = currentUser.require().accountId();
        Pageable sorted = PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("id")));
        return summaries(appeals.findByAuthorId(me, sorted));
    }

    /** How many appeals the signed-in person has submitted. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public long countMyAppeals() {
        return appeals.countByAuthorId(currentUser.require().accountId());
    }

    /** One appeal as the caller may see it; not found for everyone without access. */
    @Transactional(readOnly = true)
    public AppealDetail detail(long appealId) {
        AppealPermissions.Visible v = permissions.visible(appealId);
        Appeal a = v.appeal();
        boolean full = v.access() != AppealAccess.FORMER_HANDLER;
        List<AppealEvent> timeline = events.findByAppealIdOrderByAtAscIdAsc(appealId);
        if (!full) {
            long mine = v.user().agencyId();
            timeline = timeline.stream().filter(e -> e.getAgencyId() == mine).toList();
        }
        Function<Long, String> name = id -> id == null ? null : accounts.displayName(id);
        List<TimelineEntry> entries = timeline.stream()
                .map(e -> new TimelineEntry(
                        e.getKind(),
                        e.getAt(),
                        name.apply(e.getActorId()),
                        e.getAgencyId(),
                        e.getTargetAgencyId(),
                        name.apply(e.getTargetAccountId()),
                        e.getNote(),
                        e.getDueAt()))
                .toList();
        List<ReplyView> replyViews = full
                ? replies.findByAppealIdOrderByCreatedAtAscIdAsc(appealId).stream()
                        .map(r -> new ReplyView(
                                r.getId(),
                                r.getAgencyId(),
                                name.apply(r.getAuthorId()),
                                r.getText(),
                                r.getCreatedAt(),
                                r.getRating(),
                                r.getRatingComment()))
                        .toList()
                : List.of();
        return new AppealDetail(
                a.getId(),
                a.getNumber(),
                a.getCountry(),
                a.getAgencyId(),
                a.getOriginalAgencyId(),
                a.getType(),
                a.getSubject(),
                full ? a.getText() : null,
                a.getLanguage().code(),
                full ? a.getContactPreference() : null,
                a.isPublishAnonymised(),
                a.getStatus(),
                full ? a.getAssigneeId() : null,
                full ? name.apply(a.getAssigneeId()) : null,
                full ? accounts.displayName(a.getAuthorId()) : null,
                a.getRegisteredAt(),
                a.getDueAt(),
                deadlines.daysLeft(a.getCountry(), a.getDueAt()),
                a.isOverdue(clock.instant()),
                a.isExtended(),
                a.isDisputed(),
                a.getDismissReason(),
                full ? attachments.infos(appealId) : List.of(),
                entries,
                replyViews,
                v.access());
    }

    /** An attachment's content, for the author and the handling agency only. */
    @Transactional(readOnly = true)
    public AttachmentFile attachment(long appealId, long attachmentId) {
        AppealPermissions.Visible v = permissions.visible(appealId);
        if (v.access() == AppealAccess.FORMER_HANDLER) {
            throw new NotFoundException();
        }
        AppealAttachment file =
                attachments.findByIdAndAppealId(attachmentId, appealId).orElseThrow(NotFoundException::new);
        return new AttachmentFile(file.getFileName(), file.getContentType(), file.getContent());
    }

    /** The author rates the latest answer (1–5 stars, optional comment), once. */
    public void rate(long appealId, Integer stars, String comment) {
        Appeal appeal = permissions.asAuthor(appealId).appeal();
        FieldErrors errors = new FieldErrors();
        if (stars == null || stars < 1 || stars > 5) {
            errors.add("rating", "appeal.error.rating");
        }
        String cleanComment = errors.checkText("ratingComment", comment, MAX_COMMENT);
        errors.throwIfAny();
        if (appeal.getStatus() != AppealStatus.ANSWERED) {
            throw new DomainException("appeal.error.notAnswered");
        }
        AppealReply reply = replies.findFirstByAppealIdOrderByCreatedAtDescIdDesc(appealId)
                .orElseThrow(() -> new DomainException("appeal.error.notAnswered"));
        Instant now = clock.instant();
        reply.rate(stars, cleanComment == null || cleanComment.isEmpty() ? null : cleanComment, now);
        events.save(new AppealEvent(appealId, AppealEventKind.RATED, now, null, reply.getAgencyId())
                .note(String.valueOf(stars)));
    }

    /** The author disputes the answer (or dismissal) once; it reopens at the head / parent agency. */
    public void dispute(long appealId, String reason) {
        Appeal appeal = permissions.asAuthor(appealId).appeal();
        FieldErrors errors = new FieldErrors();
        String cleanReason = errors.requireText("reason", reason, MAX_REASON);
        errors.throwIfAny();
        long handledBy = appeal.getAgencyId();
        long target = countries
                .agency(handledBy)
                .map(Agency::getParentId)
                .filter(p -> p != null)
                .orElse(handledBy);
        Instant now = clock.instant();
        appeal.dispute(target, now, deadlines.due(appeal.getCountry(), now));
        events.save(new AppealEvent(appealId, AppealEventKind.DISPUTED, now, null, handledBy)
                .targetAgency(target)
                .note(cleanReason)
                .dueAt(appeal.getDueAt()));
        notifications.disputed(appeal);
        publisher.publishEvent(new AppealDisputed(appealId, appeal.isPublishAnonymised()));
    }

    private Page<AppealSummary> summaries(Page<Appeal> page) {
        Map<Long, String> names = page.stream()
                .map(Appeal::getAssigneeId)
                .filter(id -> id != null)
                .distinct()
                .collect(Collectors.toMap(id -> id, accounts::displayName));
        Instant now = clock.instant();
        return page.map(a -> AppealSummaries.of(a, names, now, deadlines));
    }

    private record CheckedFile(String name, AttachmentType type, byte[] content) {}

    private static List<CheckedFile> checkAttachments(FieldErrors errors, List<AttachmentUpload> uploads) {
        if (uploads.size() > AttachmentType.MAX_FILES) {
            errors.add("attachments", "appeal.error.tooManyFiles", AttachmentType.MAX_FILES);
            return List.of();
        }
        List<CheckedFile> files = new java.util.ArrayList<>();
        for (AttachmentUpload upload : uploads) {
            String name = cleanFileName(upload.fileName());
            if (upload.size() == 0) {
                errors.add("attachments", "appeal.error.emptyFile", name);
            } else if (upload.size() > AttachmentType.MAX_BYTES) {
                errors.add("attachments", "appeal.error.fileTooLarge", name, AttachmentType.MAX_BYTES / (1024 * 1024));
            } else {
                Optional<AttachmentType> type = AttachmentType.detect(upload.content());
                if (type.isEmpty()) {
                    errors.add("attachments", "appeal.error.fileType", name);
                } else {
                    files.add(new CheckedFile(type.get().fileNameFor(name), type.get(), upload.content()));
                }
            }
        }
        return files;
    }

    /**
     * Keeps the last path segment, drops control, format (bidi) and lone surrogate characters, caps the length
     * (names are shown to others).
     */
    static String cleanFileName(String raw) {
        String name = raw == null ? "" : raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}]", "")
                .strip();
        if (name.isEmpty()) {
            name = "file";
        }
        // Room for an extension of the recognised type; cut at a code point, keeping the end (the extension).
        return name.codePointCount(0, name.length()) > 250
                ? name.substring(name.offsetByCodePoints(name.length(), -250))
                : name;
    }
}
