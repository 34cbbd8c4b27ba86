package org.pikir.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pikir.account.Role;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Topics recurring across countries, counted from analysis clusters inserted by hand (January 2013). */
@IntegrationTest
class TopicFiguresTest {

    private static final LocalDate FROM = LocalDate.of(2013, 1, 1);
    private static final LocalDate TO = LocalDate.of(2013, 1, 31);

    @Autowired
    ComparisonService service;

    @Autowired
    TopicFigures topics;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void wordsSharedByClustersOfTwoCountriesAreListedAndSmallClustersNeverContribute() {
        Assumptions.assumeTrue(topics.available(), "analysis tables not installed yet");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long kzAgency = jdbc.queryForObject("select min(id) from agency where country_code = 'KZ'", Long.class);
        long author = accounts.citizen("KZ").accountId();
        long kzDraft = jdbc.queryForObject(
                """
                insert into draft_law (country_code, agency_id, policy_area, status, opens_at, closes_at, created_by,
                                       created_at)
                values ('KZ', ?, 'MIGRATION', 'OPEN', ?, ?, ?, ?) returning id""", Long.class, kzAgency, ts(2012, 12, 1), ts(2013, 2, 1), author, ts(2012, 12, 1));
        long uzAgency = jdbc.queryForObject("select min(id) from agency where country_code = 'UZ'", Long.class);
        long tjAgency = jdbc.queryForObject("select min(id) from agency where country_code = 'TJ'", Long.class);
        String kzScope = "consultation:" + kzDraft;
        String uzScope = "agency:" + uzAgency;
        String tjScope = "agency:" + tjAgency;
        topic(kzScope, "K1" + suffix, "registration, migrant, address", 6);
        topic(kzScope, "K2" + suffix, "tariff, water", 7);
        topic(uzScope, "U1" + suffix, "migrant, registration, permit", 5);
        topic(uzScope, "U2" + suffix, "tariff, heating", 4); // too small: "tariff" stays in one country
        topic(tjScope, "T1" + suffix, "secretword, migrant", 2);
        // one item of the UZ cluster outside the period (February, Tashkent time) does not count
        item(uzScope, "U1" + suffix, Instant.parse("2013-01-31T19:30:00Z"));

        TestUsers.signIn(accounts.withRoles(EnumSet.of(Role.ANALYST)));
        Comparison c = service.compare(FROM, TO, List.of(CountryCode.values()), AccessAction.VIEW);

        assertThat(c.topicsAvailable()).isTrue();
        assertThat(c.topics()).extracting(Topic::label).containsExactly("migrant", "registration");
        Topic migrant = c.topics().get(0);
        assertThat(migrant.countries()).isEqualTo(2);
        assertThat(migrant.items().get(CountryCode.KZ).value()).isEqualTo(6);
        assertThat(migrant.items().get(CountryCode.UZ).value()).isEqualTo(5);
        assertThat(migrant.items().get(CountryCode.TJ).suppressed()).isTrue();
        assertThat(c.topics()).extracting(Topic::label).doesNotContain("secretword", "tariff");
    }

    @Test
    void labelWordsAreLowerCasedAndShortOnesDropped() {
        assertThat(TopicFigures.words("Тіркеу, ЖКХ, су, Registration"))
                .containsExactly("тіркеу", "жкх", "registration");
        assertThat(TopicFigures.words(null)).isEmpty();
    }

    private void topic(String scope, String key, String label, int items) {
        jdbc.update(
                "insert into analysis_topic (scope, topic_key, label, size) values (?, ?, ?, ?)",
                scope,
                key,
                label,
                items);
        for (int i = 0; i < items; i++) {
            item(scope, key, Instant.parse("2013-01-10T10:00:00Z").plusSeconds(3600L * i));
        }
    }

    private void item(String scope, String topicKey, Instant at) {
        jdbc.update("""
                insert into analysis_item (item_kind, item_id, scope, body, created_at, lang, lang_confidence, topic_key,
                                           analysed_at)
                values ('comment', ?, ?, 'fixture', ?, 'en', 1.0, ?, ?)""", "cmp-" + UUID.randomUUID(), scope, Timestamp.from(at), topicKey, Timestamp.from(at));
    }

    private static Timestamp ts(int year, int month, int day) {
        return Timestamp.from(LocalDate.of(year, month, day)
                .atStartOfDay(ZoneId.of("Asia/Almaty"))
                .toInstant());
    }
}
