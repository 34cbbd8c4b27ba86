package org.pikir.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pikir.account.PikirUser;
import org.pikir.shared.DomainException;
import org.pikir.shared.FieldErrors;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.NotFoundException;
import org.pikir.shared.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Polls on a consultation: the drafting agency's officials attach, edit (before the first vote) and close them;
 * verified citizens of the consultation's country vote once and may change their vote while the poll is open.
 * Results are counted from the vote rows on every read (docs/decisions/780-consultation-polls.md).
 */
@Service
@Transactional
public class PollService {

    static final int MAX_QUESTION = 500;
    static final int MAX_OPTION = 300;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 10;
    static final int MAX_POLLS_PER_DRAFT = 20;

    private final DraftLawRepository drafts;
    private final ConsultationPermissions permissions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PollService(DraftLawRepository drafts, ConsultationPermissions permissions, JdbcTemplate jdbc, Clock clock) {
        this.drafts = drafts;
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Attaches a poll to an open consultation of the caller's agency; returns its id. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public long createPoll(long draftId, PollForm form) {
        DraftLaw draft = find(draftId);
        PikirUser me = permissions.requireManager(draft);
        requireOpenConsultation(draft);
        validate(draft, form);
        Integer existing = jdbc.queryForObject(
                "select count(*) from consultation_poll where draft_id = ?", Integer.class, draftId);
        if (existing != null && existing >= MAX_POLLS_PER_DRAFT) {
            throw new DomainException("consultation.poll.error.tooMany", MAX_POLLS_PER_DRAFT);
        }
        Long id = jdbc.queryForObject(
                """
                insert into consultation_poll (draft_id, question_kk, question_ru, question_en, multiple_choice,
                        results_visibility, opens_at, closes_at, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                draftId,
                Trilingual.blankToNull(form.questionKk()),
                Trilingual.blankToNull(form.questionRu()),
                Trilingual.blankToNull(form.questionEn()),
                form.multipleChoice(),
                form.visibility().name(),
                Timestamp.from(form.opensAt()),
                Timestamp.from(form.closesAt()),
                me.accountId(),
                Timestamp.from(clock.instant()));
        insertOptions(id, form.options());
        return id;
    }

    /** Changes a poll before anyone has voted and while it has not closed. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public void updatePoll(long pollId, PollForm form) {
        PollRow poll = lockForChange(pollId);
        DraftLaw draft = find(poll.draftId());
        permissions.requireManager(draft);
        if (poll.closedAt(clock.instant())) {
            throw new DomainException("consultation.poll.error.closedForEdit");
        }
        if (hasVotes(pollId)) {
            throw new DomainException("consultation.poll.error.hasVotes");
        }
        requireOpenConsultation(draft);
        validate(draft, form);
        jdbc.update(
                """
                update consultation_poll set question_kk = ?, question_ru = ?, question_en = ?, multiple_choice = ?,
                        results_visibility = ?, opens_at = ?, closes_at = ?
                where id = ?""",
                Trilingual.blankToNull(form.questionKk()),
                Trilingual.blankToNull(form.questionRu()),
                Trilingual.blankToNull(form.questionEn()),
                form.multipleChoice(),
                form.visibility().name(),
                Timestamp.from(form.opensAt()),
                Timestamp.from(form.closesAt()),
                pollId);
        jdbc.update("delete from consultation_poll_option where poll_id = ?", pollId);
        insertOptions(pollId, form.options());
    }

    /** Closes a poll now, before its planned end; its results become public. */
    @PreAuthorize(Roles.HAS_OFFICIAL)
    public void closePoll(long pollId) {
        PollRow poll = lockForChange(pollId);
        DraftLaw draft = find(poll.draftId());
        permissions.requireManager(draft);
        Instant now = clock.instant();
        if (poll.closedAt(now)) {
            throw new DomainException("consultation.poll.error.alreadyClosed");
        }
        jdbc.update("update consultation_poll set closed_at = ? where id = ?", Timestamp.from(now), pollId);
    }

    /**
     * Votes, or replaces the caller's earlier vote, with these options (exactly one for a single-choice poll).
     * The primary key of {@code poll_vote} makes a second ballot impossible; its row lock orders two changes of
     * the same person, so the choices stored are those of the last change.
     */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void vote(long pollId, Collection<Long> optionIds) {
        // A share lock: voters do not wait for each other, but an edit of the poll waits for them (and they for it).
        PollRow poll = jdbc
                .query(
                        "select " + PollRow.COLUMNS + " from consultation_poll where id = ? for share",
                        PollRow::map,
                        pollId)
                .stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        DraftLaw draft = find(poll.draftId());
        permissions.requireVisible(draft);
        Instant now = clock.instant();
        Optional<String> denial = permissions.pollVoteDenial(draft, poll.openAt(now));
        if (denial.isPresent()) {
            throw new DomainException(denial.get());
        }
        Set<Long> chosen = optionIds == null ? Set.of() : new LinkedHashSet<>(optionIds);
        if (chosen.isEmpty()) {
            throw InvalidInputException.of("choice", "consultation.poll.error.chooseOne");
        }
        if (!poll.multipleChoice() && chosen.size() > 1) {
            throw InvalidInputException.of("choice", "consultation.poll.error.singleChoice");
        }
        Set<Long> valid = new HashSet<>(
                jdbc.queryForList("select id from consultation_poll_option where poll_id = ?", Long.class, pollId));
        if (!valid.containsAll(chosen)) {
            throw new NotFoundException();
        }
        PikirUser me = permissions.currentUser();
        String residence =
                permissions.currentResidence().orElse(draft.getCountry().name());
        jdbc.update("""
                insert into poll_vote (poll_id, account_id, residence_country, voted_at) values (?, ?, ?, ?)
                on conflict (poll_id, account_id)
                do update set residence_country = excluded.residence_country, voted_at = excluded.voted_at""", pollId, me.accountId(), residence, Timestamp.from(now));
        jdbc.update("delete from poll_vote_choice where poll_id = ? and account_id = ?", pollId, me.accountId());
        jdbc.batchUpdate(
                "insert into poll_vote_choice (poll_id, account_id, option_id) values (?, ?, ?)",
                chosen.stream()
                        .map(o -> new Object[] {pollId, me.accountId(), o})
                        .toList());
    }

    /** The polls of a draft as the caller sees them, oldest first. */
    @Transactional(readOnly = true)
    public List<Poll> polls(long draftId) {
        DraftLaw draft = find(draftId);
        permissions.requireVisible(draft);
        boolean manager = permissions.canManage(draft);
        Instant now = clock.instant();
        List<PollRow> rows = jdbc.query(
                "select " + PollRow.COLUMNS + " from consultation_poll where draft_id = ? order by id",
                PollRow::map,
                draftId);
        Map<Long, Set<Long>> mine = myChoices(draftId);
        List<Poll> polls = new ArrayList<>();
        for (PollRow row : rows) {
            List<Poll.Option> options = options(row.id());
            boolean voted = hasVotes(row.id());
            polls.add(new Poll(
                    row.id(),
                    draftId,
                    row.question(),
                    row.multipleChoice(),
                    row.visibility(),
                    row.opensAt(),
                    row.effectiveClose(),
                    row.state(now),
                    options,
                    mine.getOrDefault(row.id(), Set.of()),
                    permissions.pollVoteDenial(draft, row.openAt(now)),
                    manager,
                    manager && !voted && !row.closedAt(now),
                    row.resultsPublic(now) ? Optional.of(results(row, draftId, options, now)) : Optional.empty()));
        }
        return polls;
    }

    /** The public results of a draft's polls (closed ones, and live ones that have opened), oldest first. */
    @Transactional(readOnly = true)
    public List<PollResults> publicResults(long draftId) {
        DraftLaw draft = find(draftId);
        permissions.requireVisible(draft);
        Instant now = clock.instant();
        List<PollResults> results = new ArrayList<>();
        for (PollRow row : jdbc.query(
                "select " + PollRow.COLUMNS + " from consultation_poll where draft_id = ? order by id",
                PollRow::map,
                draftId)) {
            if (row.resultsPublic(now)) {
                results.add(results(row, draftId, options(row.id()), now));
            }
        }
        return results;
    }

    /** Closes the draft's running polls with the consultation, early or on time (in the closing transaction). */
    @org.springframework.context.event.EventListener
    void closeWithConsultation(ConsultationClosed closed) {
        Instant now = closed.closedAt();
        long draftId = closed.consultationId();
        jdbc.update("""
                update consultation_poll set closed_at = ?
                where draft_id = ? and closed_at is null and closes_at > ?""", Timestamp.from(now), draftId, Timestamp.from(now));
    }

    private PollResults results(PollRow row, long draftId, List<Poll.Option> options, Instant now) {
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            column.put(options.get(i).id(), i + 1);
        }
        Map<String, long[]> byCountry = new LinkedHashMap<>();
        long[] total = new long[options.size() + 1];
        // one statement: voters per residence country, then votes per (country, option)
        jdbc.query(
                """
                select residence_country, null::bigint as option_id, count(*) from poll_vote where poll_id = ?
                group by residence_country
                union all
                select v.residence_country, c.option_id, count(*)
                from poll_vote_choice c join poll_vote v on v.poll_id = c.poll_id and v.account_id = c.account_id
                where c.poll_id = ? group by v.residence_country, c.option_id""",
                rs -> {
                    String country = rs.getString(1);
                    long optionId = rs.getLong(2);
                    int col = rs.wasNull() ? 0 : column.getOrDefault(optionId, -1);
                    if (col < 0) {
                        return;
                    }
                    long n = rs.getLong(3);
                    byCountry.computeIfAbsent(country, k -> new long[options.size() + 1])[col] += n;
                    total[col] += n;
                },
                row.id(),
                row.id());
        List<Map.Entry<String, long[]>> countries = new ArrayList<>(byCountry.entrySet());
        countries.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
                ? Long.compare(b.getValue()[0], a.getValue()[0])
                : a.getKey().compareTo(b.getKey()));
        long[][] table = new long[countries.size() + 1][];
        table[0] = total;
        for (int i = 0; i < countries.size(); i++) {
            table[i + 1] = countries.get(i).getValue();
        }
        boolean[][] hidden = PollSuppression.suppress(table, !row.multipleChoice());
        List<PollResults.OptionTotal> totals = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            totals.add(new PollResults.OptionTotal(
                    options.get(i).id(), options.get(i).label(), count(table, hidden, 0, i + 1)));
        }
        List<PollResults.CountryRow> rows = new ArrayList<>();
        for (int r = 1; r < table.length; r++) {
            List<PollCount> votes = new ArrayList<>();
            for (int c = 1; c <= options.size(); c++) {
                votes.add(count(table, hidden, r, c));
            }
            rows.add(new PollResults.CountryRow(countries.get(r - 1).getKey(), count(table, hidden, r, 0), votes));
        }
        return new PollResults(
                row.id(),
                draftId,
                row.question(),
                row.multipleChoice(),
                row.opensAt(),
                row.effectiveClose(),
                row.closedAt(now),
                count(table, hidden, 0, 0),
                totals,
                rows);
    }

    private static PollCount count(long[][] table, boolean[][] hidden, int r, int c) {
        return hidden[r][c] ? PollCount.hidden() : PollCount.shown(table[r][c]);
    }

    private List<Poll.Option> options(long pollId) {
        return jdbc.query(
                "select id, label_kk, label_ru, label_en from consultation_poll_option where poll_id = ? order by position",
                (rs, i) -> new Poll.Option(
                        rs.getLong(1), Trilingual.of(rs.getString(2), rs.getString(3), rs.getString(4))),
                pollId);
    }

    private Map<Long, Set<Long>> myChoices(long draftId) {
        Map<Long, Set<Long>> mine = new HashMap<>();
        permissions
                .currentAccountId()
                .ifPresent(me -> jdbc.query(
                        """
                select c.poll_id, c.option_id from poll_vote_choice c join consultation_poll p on p.id = c.poll_id
                where p.draft_id = ? and c.account_id = ?""",
                        rs -> {
                            mine.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                                    .add(rs.getLong(2));
                        },
                        draftId,
                        me));
        return mine;
    }

    private boolean hasVotes(long pollId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from poll_vote where poll_id = ?)", Boolean.class, pollId));
    }

    private PollRow lockForChange(long pollId) {
        return jdbc
                .query(
                        "select " + PollRow.COLUMNS + " from consultation_poll where id = ? for update",
                        PollRow::map,
                        pollId)
                .stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private void insertOptions(long pollId, List<PollForm.Option> options) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            PollForm.Option o = options.get(i);
            rows.add(new Object[] {
                pollId,
                i,
                Trilingual.blankToNull(o.labelKk()),
                Trilingual.blankToNull(o.labelRu()),
                Trilingual.blankToNull(o.labelEn())
            });
        }
        jdbc.batchUpdate(
                "insert into consultation_poll_option (poll_id, position, label_kk, label_ru, label_en) values (?, ?, ?, ?, ?)",
                rows);
    }

    private void requireOpenConsultation(DraftLaw draft) {
        if (draft.getStatus() != DraftStatus.OPEN) {
            throw new DomainException("consultation.poll.error.consultationNotOpen");
        }
    }

    private void validate(DraftLaw draft, PollForm form) {
        FieldErrors errors = new FieldErrors();
        errors.requireText("questionKk", form.questionKk(), MAX_QUESTION);
        errors.requireText("questionRu", form.questionRu(), MAX_QUESTION);
        errors.checkText("questionEn", form.questionEn(), MAX_QUESTION);
        errors.require("visibility", form.visibility());
        errors.require("opensAt", form.opensAt());
        errors.require("closesAt", form.closesAt());
        if (form.options().size() < MIN_OPTIONS) {
            errors.add("options", "consultation.poll.error.tooFewOptions", MIN_OPTIONS);
        } else if (form.options().size() > MAX_OPTIONS) {
            errors.add("options", "consultation.poll.error.tooManyOptions", MAX_OPTIONS);
        }
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < form.options().size(); i++) {
            PollForm.Option o = form.options().get(i);
            FieldErrors one = new FieldErrors();
            one.requireText("labelKk", o.labelKk(), MAX_OPTION);
            one.requireText("labelRu", o.labelRu(), MAX_OPTION);
            one.checkText("labelEn", o.labelEn(), MAX_OPTION);
            if (!one.isEmpty()) {
                errors.add("options", "consultation.poll.error.option", i + 1);
            } else if (!labels.add(o.labelRu().strip().toLowerCase(java.util.Locale.ROOT))) {
                errors.add("options", "consultation.poll.error.duplicateOption", i + 1);
            }
        }
        Instant opens = form.opensAt();
        Instant closes = form.closesAt();
        if (opens != null && opens.isBefore(clock.instant().minus(Duration.ofMinutes(5)))) {
            errors.add("opensAt", "consultation.poll.error.opensInPast");
        }
        // the form has minute precision: a poll may open in the minute the consultation opened (no one can vote
        // before the consultation itself accepts participation)
        if (opens != null
                && draft.getOpensAt() != null
                && opens.isBefore(draft.getOpensAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
            errors.add("opensAt", "consultation.poll.error.outsidePeriod");
        }
        if (closes != null && draft.getClosesAt() != null && closes.isAfter(draft.getClosesAt())) {
            errors.add("closesAt", "consultation.poll.error.outsidePeriod");
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.add("closesAt", "consultation.poll.error.windowOrder");
        }
        errors.throwIfAny();
    }

    private DraftLaw find(long draftId) {
        return drafts.findById(draftId).orElseThrow(NotFoundException::new);
    }

    /** The stored poll, with the rules about its window. */
    private record PollRow(
            long id,
            long draftId,
            Trilingual question,
            boolean multipleChoice,
            PollVisibility visibility,
            Instant opensAt,
            Instant closesAt,
            Instant closedAt) {

        static final String COLUMNS = "id, draft_id, question_kk, question_ru, question_en, multiple_choice,"
                + " results_visibility, opens_at, closes_at, closed_at";

        static PollRow map(ResultSet rs, int i) throws SQLException {
            Timestamp closed = rs.getTimestamp(10);
            return new PollRow(
                    rs.getLong(1),
                    rs.getLong(2),
                    Trilingual.of(rs.getString(3), rs.getString(4), rs.getString(5)),
                    rs.getBoolean(6),
                    PollVisibility.valueOf(rs.getString(7)),
                    rs.getTimestamp(8).toInstant(),
                    rs.getTimestamp(9).toInstant(),
                    closed == null ? null : closed.toInstant());
        }

        Instant effectiveClose() {
            return closedAt != null && closedAt.isBefore(closesAt) ? closedAt : closesAt;
        }

        boolean closedAt(Instant now) {
            return !now.isBefore(effectiveClose());
        }

        boolean openAt(Instant now) {
            return !now.isBefore(opensAt) && !closedAt(now);
        }

        Poll.State state(Instant now) {
            return closedAt(now) ? Poll.State.CLOSED : now.isBefore(opensAt) ? Poll.State.UPCOMING : Poll.State.OPEN;
        }

        boolean resultsPublic(Instant now) {
            return closedAt(now) || visibility == PollVisibility.LIVE && !now.isBefore(opensAt);
        }
    }
}
