package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo data covers what reviewers need to see: every status, overdue appeals, all languages, a campaign. */
@IntegrationTest
class AppealDemoDataTest {

    @Autowired
    AppealDemoData demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void demoAppealsCoverEveryStatusLanguageCountryAndACampaign() {
        TestUsers.signInWithRoles("ADMIN", "OFFICIAL", "MODERATOR");
        tx.executeWithoutResult(s -> demo.load());
        String demoAuthors = "select id from user_account where email like '%@pikir.demo'";
        Map<String, Long> statuses =
                counts("select status, count(*) from appeal where author_id in (" + demoAuthors + ") group by status");
        assertThat(statuses.keySet())
                .containsExactlyInAnyOrder("REGISTERED", "IN_PROGRESS", "ANSWERED", "DISPUTED", "DISMISSED");
        assertThat(statuses.values().stream().mapToLong(Long::longValue).sum()).isBetween(250L, 400L);
        assertThat(counts("select language, count(*) from appeal where author_id in (" + demoAuthors
                                + ") group by language")
                        .keySet())
                .contains("kk", "ru", "en", "uz", "ky", "tg", "tk");
        assertThat(counts("select country_code, count(*) from appeal where author_id in (" + demoAuthors
                                + ") group by country_code")
                        .keySet())
                .hasSize(5);
        Long overdue = jdbc.queryForObject(
                "select count(*) from appeal where status in ('REGISTERED', 'IN_PROGRESS',"
                        + " 'DISPUTED') and due_at < now() and author_id in (" + demoAuthors + ")",
                Long.class);
        assertThat(overdue).isPositive();
        Long campaign = jdbc.queryForObject(
                "select count(*) from appeal where subject = ?", Long.class, AppealDemoTexts.CAMPAIGN_SUBJECT);
        assertThat(campaign).isGreaterThanOrEqualTo(20);
        List<String> numbers = jdbc.queryForList("select number from appeal", String.class);
        assertThat(numbers).doesNotHaveDuplicates().allSatisfy(n -> AppealNumber.parse(n));
        Long rated = jdbc.queryForObject("select count(*) from appeal_reply where rating is not null", Long.class);
        assertThat(rated).isPositive();
        // every event is on or after its appeal's registration
        Long early = jdbc.queryForObject(
                "select count(*) from appeal_event e join appeal a on a.id = e.appeal_id"
                        + " where e.at < a.registered_at",
                Long.class);
        assertThat(early).isZero();
    }

    private Map<String, Long> counts(String sql) {
        return jdbc.query(sql, (rs, i) -> Map.entry(rs.getString(1).strip(), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
