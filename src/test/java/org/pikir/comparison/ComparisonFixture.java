package org.pikir.comparison;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hand-counted fixture in spring 2012 (a period no other test writes to), inserted once per test JVM
 * straight into the tables the comparison reads. Expected figures for PERIOD (2012-03-01 … 2012-05-31):
 *
 * <pre>
 *            consultations comments appeals petitions signatures  all  answered onTime median  rated avg
 * KZ               5          7        8        6         12        33      6       5     3.5 d    5   4.2
 * UZ               2          3        2        0          5        10      2       2      —       0
 * KG, TJ, TM       0          0        0        0          0         0
 * KZ languages: kk 5+3 = 8, ru 2+5 = 7 (of 15); UZ: uz 3+2 = 5 (of 5)
 * KZ petition responses: 5 responded in the period, 4 by the deadline
 * KZ comments per month: 2012-03: 4, 2012-04: 2, 2012-05: 1
 * KZ consideration (its own definition counts the visible reply too: 8 comments): 6 decided, 5 accepted,
 *   1 rejected; UZ: 3 comments, none decided
 * </pre>
 *
 * Edge rows that must not count: a KZ comment at 23:30 Almaty time on 29 February (UTC+6 in 2012), a hidden
 * comment, a reply, a draft opening after the period, one closed before it, one closing exactly when the period starts, one never opened (DRAFT), a
 * petition and two signatures after the period.
 */
public final class ComparisonFixture {

    public static final LocalDate FROM = LocalDate.of(2012, 3, 1);
    public static final LocalDate TO = LocalDate.of(2012, 5, 31);
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static boolean loaded;

    private final JdbcTemplate jdbc;
    private long author;

    private ComparisonFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the fixture unless this JVM did already. */
    public static synchronized void ensure(JdbcTemplate jdbc) {
        if (!loaded) {
            new ComparisonFixture(jdbc).insert();
            loaded = true;
        }
    }

    private void insert() {
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            people.add(account());
        }
        author = people.get(0);
        long kzAgency = agency("KZ");
        long uzAgency = agency("UZ");

        long kzDraft = draft("KZ", kzAgency, "OPEN", at(ALMATY, 2012, 2, 15, 9), at(ALMATY, 2012, 3, 15, 9));
        draft("KZ", kzAgency, "CLOSED", at(ALMATY, 2012, 1, 10, 9), at(ALMATY, 2012, 3, 1, 0)); // closes at start
        draft("KZ", kzAgency, "CLOSED", at(ALMATY, 2012, 4, 1, 9), at(ALMATY, 2012, 4, 20, 9));
        draft("KZ", kzAgency, "NEW_VERSION_PUBLISHED", at(ALMATY, 2012, 3, 20, 9), at(ALMATY, 2012, 4, 30, 9));
        draft("KZ", kzAgency, "ADOPTED", at(ALMATY, 2012, 5, 31, 23), at(ALMATY, 2012, 6, 30, 9));
        draft("KZ", kzAgency, "OPEN", at(ALMATY, 2012, 5, 1, 9), null);
        draft("KZ", kzAgency, "CLOSED", at(ALMATY, 2012, 6, 1, 0).plusSeconds(1800), at(ALMATY, 2012, 7, 1, 9));
        draft("KZ", kzAgency, "CLOSED", at(ALMATY, 2012, 1, 1, 9), at(ALMATY, 2012, 2, 29, 23));
        draft("KZ", kzAgency, "DRAFT", null, null);
        long uzDraft = draft("UZ", uzAgency, "OPEN", at(TASHKENT, 2012, 3, 2, 9), at(TASHKENT, 2012, 4, 2, 9));
        draft("UZ", uzAgency, "CLOSED", at(TASHKENT, 2012, 5, 2, 9), at(TASHKENT, 2012, 5, 20, 9));

        // KZ comments: 4 in March (one at 00:30 local on 1 March), 2 in April, 1 in May; kk ×5, ru ×2
        comment(kzDraft, null, "kk", at(ALMATY, 2012, 3, 1, 0).plusSeconds(1800), false);
        comment(kzDraft, null, "kk", at(ALMATY, 2012, 3, 5, 10), false);
        comment(kzDraft, null, "kk", at(ALMATY, 2012, 3, 9, 10), false);
        long commented = comment(kzDraft, null, "ru", at(ALMATY, 2012, 3, 14, 10), false);
        comment(kzDraft, null, "kk", at(ALMATY, 2012, 4, 2, 10), false);
        comment(kzDraft, null, "ru", at(ALMATY, 2012, 4, 3, 10), false);
        comment(kzDraft, null, "kk", at(ALMATY, 2012, 5, 31, 23), false);
        comment(kzDraft, null, "kk", at(ALMATY, 2012, 2, 29, 23).plusSeconds(1800), false); // before
        comment(kzDraft, null, "kk", at(ALMATY, 2012, 3, 20, 10), true); // hidden
        long reply = comment(kzDraft, commented, "kk", at(ALMATY, 2012, 3, 21, 10), false); // reply
        // decisions (consideration counts replies too: 8 comments): 5 accepted, 1 rejected, 2 open
        List<Long> kzComments = jdbc.queryForList("""
                select id from consultation_comment where draft_id = ? and hidden_at is null and parent_id is null
                  and created_at >= ? order by id""", Long.class, kzDraft, ts(at(ALMATY, 2012, 3, 1, 0)));
        for (int i = 0; i < 5; i++) {
            decide(kzDraft, kzComments.get(i), "ACCEPTED", at(ALMATY, 2012, 4, 20, 10));
        }
        decide(kzDraft, reply, "REJECTED", at(ALMATY, 2012, 4, 21, 10));
        for (int day = 3; day <= 5; day++) {
            comment(uzDraft, null, "uz", at(TASHKENT, 2012, 3, day, 10), false);
        }

        // KZ appeals: 8 (kk ×3, ru ×5); 6 answered after 1, 2, 3, 4, 5 and 20 days with a 10-day deadline
        int[] answerDays = {1, 2, 3, 4, 5, 20, -1, -1};
        int[] ratings = {5, 4, 4, 3, 5, 0, 0, 0};
        for (int i = 0; i < 8; i++) {
            appeal("KZ", kzAgency, i < 3 ? "kk" : "ru", at(ALMATY, 2012, 3, 10 + i, 10), answerDays[i], ratings[i]);
        }
        appeal("UZ", uzAgency, "uz", at(TASHKENT, 2012, 4, 10, 10), 2, 0);
        appeal("UZ", uzAgency, "uz", at(TASHKENT, 2012, 4, 11, 10), 3, 0);

        // KZ petitions: 6 in the period, 5 responded in it (4 by the deadline), 1 after the period
        List<Long> kzPetitions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Instant submitted = at(ALMATY, 2012, 3, 2 + i, 10);
            Instant responded = i < 5 ? submitted.plus(Duration.ofDays(30)) : null;
            Instant due = i < 5 ? submitted.plus(Duration.ofDays(i < 4 ? 40 : 20)) : null;
            kzPetitions.add(petition("KZ", kzAgency, submitted, due, responded));
        }
        long late = petition("KZ", kzAgency, at(ALMATY, 2012, 6, 2, 10), null, null);
        long uzPetition = petition("UZ", uzAgency, at(TASHKENT, 2012, 2, 20, 10), null, null);
        for (int i = 0; i < 12; i++) {
            sign(kzPetitions.get(0), people.get(i), at(ALMATY, 2012, 4, 1 + i, 12));
        }
        sign(late, people.get(0), at(ALMATY, 2012, 6, 3, 12));
        sign(kzPetitions.get(1), people.get(0), at(ALMATY, 2012, 6, 4, 12));
        for (int i = 0; i < 5; i++) {
            sign(uzPetition, people.get(i), at(TASHKENT, 2012, 3, 1 + i, 12));
        }
    }

    static Instant at(ZoneId zone, int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(zone).toInstant();
    }

    private long account() {
        String email = "cmp-" + UUID.randomUUID().toString().substring(0, 12) + "@test.pikir";
        return jdbc.queryForObject("""
                insert into user_account (email, display_name, residence_country, citizenship, preferred_language,
                                          created_at)
                values (?, 'Comparison fixture', 'KZ', 'KZ', 'en', now()) returning id""", Long.class, email);
    }

    private long agency(String country) {
        return jdbc.queryForObject("select min(id) from agency where country_code = ?", Long.class, country);
    }

    private long draft(String country, long agency, String status, Instant opens, Instant closes) {
        return jdbc.queryForObject(
                """
                insert into draft_law (country_code, agency_id, policy_area, status, opens_at, closes_at, created_by,
                                       created_at)
                values (?, ?, 'DIGITAL', ?, ?, ?, ?, ?) returning id""", Long.class, country, agency, status, ts(opens), ts(closes), author, ts(at(ALMATY, 2012, 1, 1, 9)));
    }

    private long comment(long draft, Long parent, String language, Instant at, boolean hidden) {
        return jdbc.queryForObject(
                """
                insert into consultation_comment (draft_id, version_number, parent_id, author_id, body, language,
                                                  created_at, hidden_at, hidden_reason)
                values (?, 1, ?, ?, 'fixture comment', ?, ?, ?, ?) returning id""",
                Long.class,
                draft,
                parent,
                author,
                language,
                ts(at),
                hidden ? ts(at.plusSeconds(60)) : null,
                hidden ? "abuse" : null);
    }

    private void decide(long draft, long comment, String outcome, Instant at) {
        long decision = jdbc.queryForObject(
                """
                insert into consideration_decision (draft_id, level, target_key, target_label, outcome, reason,
                                                    reason_language, decided_by, decided_at, member_count)
                values (?, 'COMMENT', ?, 'fixture', ?, ?, 'en', ?, ?, 1) returning id""",
                Long.class,
                draft,
                String.valueOf(comment),
                outcome,
                outcome.equals("ACCEPTED") ? null : "fixture reason",
                author,
                ts(at));
        jdbc.update("""
                insert into comment_decision (comment_id, draft_id, decision_id, via, first_decided_at, updated_at)
                values (?, ?, ?, 'COMMENT', ?, ?)""", comment, draft, decision, ts(at), ts(at));
    }

    private void appeal(String country, long agency, String language, Instant registered, int answerDays, int rating) {
        Instant due = registered.plus(Duration.ofDays(10));
        Instant answered = answerDays < 0 ? null : registered.plus(Duration.ofDays(answerDays));
        long id = jdbc.queryForObject(
                """
                insert into appeal (number, country_code, agency_id, original_agency_id, author_id, type, subject, text,
                                    language, contact_preference, publish_anonymised, status, registered_at,
                                    period_start, due_at, closed_at)
                values (?, ?, ?, ?, ?, 'REQUEST', 'fixture', 'fixture appeal', ?, 'IN_APP', false, ?, ?, ?, ?, ?)
                returning id""",
                Long.class,
                "CMP-" + UUID.randomUUID().toString().substring(0, 12),
                country,
                agency,
                agency,
                author,
                language,
                answered == null ? "REGISTERED" : "ANSWERED",
                ts(registered),
                ts(registered),
                ts(due),
                ts(answered));
        jdbc.update("""
                insert into appeal_event (appeal_id, kind, at, agency_id, due_at) values (?, 'REGISTERED', ?, ?, ?)""", id, ts(registered), agency, ts(due));
        if (answered != null) {
            jdbc.update("""
                    insert into appeal_event (appeal_id, kind, at, actor_id, agency_id, due_at)
                    values (?, 'ANSWERED', ?, ?, ?, ?)""", id, ts(answered), author, agency, ts(due));
            jdbc.update(
                    """
                    insert into appeal_reply (appeal_id, author_id, agency_id, text, created_at, rating, rated_at)
                    values (?, ?, ?, 'fixture reply', ?, ?, ?)""",
                    id,
                    author,
                    agency,
                    ts(answered),
                    rating == 0 ? null : rating,
                    rating == 0 ? null : ts(answered.plusSeconds(3600)));
        }
    }

    private long petition(String country, long agency, Instant submitted, Instant due, Instant responded) {
        return jdbc.queryForObject(
                """
                insert into petition (country_code, agency_id, author_id, title, text, requested_action, status,
                                      threshold, collection_days, submitted_at, opened_at, response_due,
                                      response_decision, response_text, responded_at)
                values (?, ?, ?, 'fixture', 'fixture petition', 'act', ?, 100, 30, ?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                country,
                agency,
                author,
                responded == null ? "COLLECTING" : "RESPONDED",
                ts(submitted),
                ts(submitted),
                ts(due),
                responded == null ? null : "WILL_ACT",
                responded == null ? null : "fixture",
                ts(responded));
    }

    private void sign(long petition, long account, Instant at) {
        jdbc.update(
                "insert into petition_signature (petition_id, account_id, signed_at) values (?, ?, ?)",
                petition,
                account,
                ts(at));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
