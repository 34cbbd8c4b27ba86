package org.pikir.appeal;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pikir.account.AccountService;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.DomainException;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The handling agency's side of appeals: inbox, assignment, reply, redirect, extension, dismissal. */
@Service
@Transactional
@PreAuthorize(Roles.HAS_OFFICIAL)
public class AppealInboxService {

    private static final Set<String> SORTABLE = Set.of("dueAt", "registeredAt", "number", "status", "type");

    private final AppealRepository appeals;
    private final AppealEventRepository events;
    private final AppealReplyRepository replies;
    private final AppealPermissions permissions;
    private final AppealDeadlines deadlines;
    private final AppealNotifications notifications;
    private final CountryService countries;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    AppealInboxService(
            AppealRepository appeals,
            AppealEventRepository events,
            AppealReplyRepository replies,
            AppealPermissions permissions,
            AppealDeadlines deadlines,
            AppealNotifications notifications,
            CountryService countries,
            AccountService accounts,
            ApplicationEventPublisher publisher,
            Clock clock,
            JdbcTemplate jdbc) {
        this.appeals = appeals;
        this.events = events;
        this.replies = replies;
        this.permissions = permissions;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.countries = countries;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The caller's agency's appeals matching the filter; sorted by due date unless asked otherwise. */
    @Transactional(readOnly = true)
    public Page<AppealSummary> inbox(InboxFilter filter, Pageable pageable) {
        long agency = permissions.myAgency();
        Sort sort = Sort.by(pageable.getSort().stream()
                .filter(o -> SORTABLE.contains(o.getProperty()))
                .toList());
        if (sort.isUnsorted()) {
            sort = Sort.by("dueAt");
        }
        sort = sort.and(Sort.by("id"));
        planEachTextSearch(filter);
        Page<Appeal> page = appeals.findAll(
                spec(agency, filter), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort));
        Map<Long, String> names = page.stream()
                .map(Appeal::getAssigneeId)
                .filter(id -> id != null)
                .distinct()
                .collect(Collectors.toMap(id -> id, accounts::displayName));
        Instant now = clock.instant();
        return page.map(a -> AppealSummaries.of(a, names, now, deadlines));
    }

    /** How many of the caller's agency's appeals match the filter. */
    @Transactional(readOnly = true)
    public long count(InboxFilter filter) {
        long agency = permissions.myAgency();
        planEachTextSearch(filter);
        return appeals.count(spec(agency, filter));
    }

    /**
     * A prepared statement switches to a generic plan after five runs, and for {@code lower(text) like $1} with an
     * unknown pattern that plan may be a scan of all the agency's appeals instead of the trigram indexes (V790);
     * the likely reason one bench run at 100,000 appeals took 147 ms instead of 18 ms (docs/benchmarks.md). The text
     * filter is planned for its actual pattern, in this read-only transaction only.
     */
    private void planEachTextSearch(InboxFilter filter) {
        if (filter != null
                && !org.pikir.shared.LikePattern.contains(filter.text()).isEmpty()) {
            jdbc.execute("set local plan_cache_mode = force_custom_plan");
        }
    }

    /**
     * Of the given appeals, those the caller's agency handles now, as inbox rows in the order of the ids; unknown
     * ids and appeals of other agencies (redirected away included) are left out. For other modules that hold
     * appeal ids, e.g. clusters from analysis.
     */
    @Transactional(readOnly = true)
    public List<AppealSummary> handledByMyAgency(java.util.Collection<Long> appealIds) {
        long agency = permissions.myAgency();
        List<Long> ids = appealIds.stream().distinct().toList();
        Map<Long, Appeal> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            appeals.findByIdInAndAgencyId(ids.subList(from, Math.min(ids.size(), from + 1000)), agency)
                    .forEach(a -> found.put(a.getId(), a));
        }
        Map<Long, String> names = found.values().stream()
                .map(Appeal::getAssigneeId)
                .filter(id -> id != null)
                .distinct()
                .collect(Collectors.toMap(id -> id, accounts::displayName));
        Instant now = clock.instant();
        return ids.stream()
                .map(found::get)
                .filter(a -> a != null)
                .map(a -> AppealSummaries.of(a, names, now, deadlines))
                .toList();
    }

    /** Officials of the caller's agency, to assign to. */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues() {
        return accounts.officialsOf(permissions.myAgency()).stream()
                .map(c -> new Colleague(c.accountId(), c.displayName()))
                .sorted(Comparator.comparing(Colleague::displayName))
                .toList();
    }

    /** Other active agencies of the caller's country, to redirect to. */
    @Transactional(readOnly = true)
    public List<Agency> redirectTargets() {
        long agency = permissions.myAgency();
        CountryCode country = countries.agency(agency).map(Agency::getCountry).orElseThrow();
        return countries.agencies(country).stream()
                .filter(a -> a.getId() != agency)
                .toList();
    }

    /** The extension the law allows for this appeal's country. */
    @Transactional(readOnly = true)
    public ExtensionLimit extensionLimit(long appealId) {
        return deadlines.limit(permissions.asHandler(appealId).appeal().getCountry());
    }

    /** Assigns an open appeal to an official of the same agency (oneself included). */
    public void assign(long appealId, long assigneeId) {
        AppealPermissions.Visible v = permissions.asHandler(appealId);
        Appeal appeal = v.appeal();
        boolean colleague =
                accounts.officialsOf(appeal.getAgencyId()).stream().anyMatch(c -> c.accountId() == assigneeId);
        if (!colleague) {
            throw org.pikir.shared.InvalidInputException.of("assignee", "appeal.error.notColleague");
        }
        appeal.assign(assigneeId);
        events.save(new AppealEvent(
                        appealId,
                        AppealEventKind.ASSIGNED,
                        clock.instant(),
                        v.user().accountId(),
                        appeal.getAgencyId())
                .targetAccount(assigneeId));
        notifications.assigned(appeal, assigneeId, v.user().accountId());
    }

    /** Answers an open appeal; this closes it. */
    public void reply(long appealId, String text) {
        AppealPermissions.Visible v = permissions.asHandler(appealId);
        Appeal appeal = v.appeal();
        FieldErrors errors = new FieldErrors();
        String clean = errors.requireText("reply", text, AppealService.MAX_TEXT);
        errors.throwIfAny();
        Instant now = clock.instant();
        Instant dueAtAnswer = appeal.getDueAt();
        Instant periodStart = appeal.getPeriodStart();
        appeal.answer(now);
        replies.save(new AppealReply(appealId, v.user().accountId(), appeal.getAgencyId(), clean, now));
        events.save(new AppealEvent(
                        appealId, AppealEventKind.ANSWERED, now, v.user().accountId(), appeal.getAgencyId())
                .dueAt(dueAtAnswer)
                .periodStart(periodStart));
        notifications.answered(appeal);
        publisher.publishEvent(new AppealAnswered(appealId, appeal.isPublishAnonymised()));
    }

    /** Sends an open appeal to another agency of the same country, with a reason; the period restarts there. */
    public void redirect(long appealId, Long toAgencyId, String reason) {
        AppealPermissions.Visible v = permissions.asHandler(appealId);
        Appeal appeal = v.appeal();
        FieldErrors errors = new FieldErrors();
        Agency target = null;
        if (errors.require("agency", toAgencyId) != null) {
            target = countries.agency(toAgencyId).filter(Agency::isActive).orElse(null);
            if (target == null) {
                errors.add("agency", "appeal.error.agencyUnknown");
            } else if (target.getCountry() != appeal.getCountry()) {
                errors.add("agency", "appeal.error.agencyWrongCountry");
            } else if (target.getId() == appeal.getAgencyId()) {
                errors.add("agency", "appeal.error.sameAgency");
            }
        }
        String clean = errors.requireText("reason", reason, AppealService.MAX_REASON);
        errors.throwIfAny();
        long from = appeal.getAgencyId();
        Instant now = clock.instant();
        appeal.redirect(target.getId(), now, deadlines.due(appeal.getCountry(), now));
        events.save(new AppealEvent(
                        appealId, AppealEventKind.REDIRECTED, now, v.user().accountId(), from)
                .targetAgency(target.getId())
                .note(clean)
                .dueAt(appeal.getDueAt()));
        notifications.redirected(appeal, clean);
        publisher.publishEvent(new AppealRedirected(
                appealId, from, target.getId(), appeal.getText(), appeal.getLanguage(), appeal.getRegisteredAt()));
    }

    /** Extends the deadline once, by at most the country's legal maximum, with a reason. */
    public void extend(long appealId, Integer amount, String reason) {
        AppealPermissions.Visible v = permissions.asHandler(appealId);
        Appeal appeal = v.appeal();
        ExtensionLimit limit = deadlines.limit(appeal.getCountry());
        FieldErrors errors = new FieldErrors();
        if (limit.max() == 0) {
            throw new DomainException("appeal.error.noExtension");
        }
        if (amount == null) {
            errors.add("amount", "error.required");
        } else if (amount < 1 || amount > limit.max()) {
            errors.add("amount", "appeal.error.extensionRange", limit.max());
        }
        String clean = errors.requireText("reason", reason, AppealService.MAX_REASON);
        errors.throwIfAny();
        if (appeal.isExtended()) {
            throw new DomainException("appeal.error.alreadyExtended");
        }
        appeal.extend(deadlines.extended(appeal.getCountry(), appeal.getDueAt(), amount));
        events.save(new AppealEvent(
                        appealId,
                        AppealEventKind.EXTENDED,
                        clock.instant(),
                        v.user().accountId(),
                        appeal.getAgencyId())
                .note(clean)
                .dueAt(appeal.getDueAt()));
        notifications.extended(appeal, clean);
    }

    /** Leaves an open appeal without consideration for a legal reason; this closes it. */
    public void dismiss(long appealId, DismissReason reason, String note) {
        AppealPermissions.Visible v = permissions.asHandler(appealId);
        Appeal appeal = v.appeal();
        FieldErrors errors = new FieldErrors();
        errors.require("dismissReason", reason);
        String clean = errors.requireText("note", note, AppealService.MAX_REASON);
        errors.throwIfAny();
        Instant now = clock.instant();
        appeal.dismiss(reason, now);
        events.save(new AppealEvent(
                        appealId, AppealEventKind.DISMISSED, now, v.user().accountId(), appeal.getAgencyId())
                .note(reason.name() + ": " + clean));
        notifications.dismissed(appeal);
    }

    private Specification<Appeal> spec(long agency, InboxFilter filter) {
        InboxFilter f = filter == null ? InboxFilter.all() : filter;
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("agencyId"), agency));
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.type() != null) {
                where.add(cb.equal(root.get("type"), f.type()));
            }
            if (f.language() != null && !f.language().isBlank()) {
                where.add(cb.equal(root.get("language"), f.language()));
            }
            if (f.unassignedOnly()) {
                where.add(cb.isNull(root.get("assigneeId")));
            } else if (f.assigneeId() != null) {
                where.add(cb.equal(root.get("assigneeId"), f.assigneeId()));
            }
            Instant now = clock.instant();
            if (f.due() == InboxFilter.DueFilter.OVERDUE || f.due() == InboxFilter.DueFilter.DUE_SOON) {
                where.add(root.get("status")
                        .in(AppealStatus.REGISTERED, AppealStatus.IN_PROGRESS, AppealStatus.DISPUTED));
                if (f.due() == InboxFilter.DueFilter.OVERDUE) {
                    where.add(cb.lessThan(root.get("dueAt"), now));
                } else {
                    CountryCode country =
                            countries.agency(agency).map(Agency::getCountry).orElseThrow();
                    where.add(cb.greaterThanOrEqualTo(root.get("dueAt"), now));
                    where.add(cb.lessThanOrEqualTo(root.get("dueAt"), deadlines.dueSoonCutoff(country, now)));
                }
            }
            String like = org.pikir.shared.LikePattern.contains(f.text());
            if (!like.isEmpty()) {
                where.add(cb.or(
                        cb.like(cb.lower(root.get("number")), like, '\\'),
                        cb.like(cb.lower(root.get("subject")), like, '\\'),
                        cb.like(cb.lower(root.get("text")), like, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
