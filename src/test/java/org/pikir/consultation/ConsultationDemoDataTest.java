package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo data loads in one transaction as the loader runs it, with the promised content. */
@IntegrationTest
class ConsultationDemoDataTest {

    @Autowired
    ConsultationDemoData demo;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void threeCountriesHundredsOfCommentsInThreeLanguagesAndOneCampaign() {
        TestUsers.signInWithRoles("ADMIN", "OFFICIAL", "MODERATOR");
        tx.executeWithoutResult(s -> demo.load());

        Long officials = jdbc.queryForObject(
                "select count(*) from user_account where email in"
                        + " ('official.kz-interior@pikir.demo', 'official.uz-digital@pikir.demo', 'official.kg-bishkek@pikir.demo')",
                Long.class);
        assertThat(officials).isEqualTo(3);
        var drafts = jdbc.queryForList("""
                select d.country_code, d.current_version, count(c.id) comments from draft_law d
                join user_account u on u.id = d.created_by and u.email like 'official.%-%@pikir.demo'
                left join consultation_comment c on c.draft_id = d.id group by d.id order by d.id""");
        assertThat(drafts)
                .extracting(r -> ((String) r.get("country_code")).strip())
                .containsExactly("KZ", "UZ", "KG");
        assertThat(drafts)
                .extracting(r -> ((Number) r.get("comments")).longValue())
                .allSatisfy(n -> assertThat(n).isGreaterThan(50));
        assertThat(drafts.get(2).get("current_version")).isEqualTo(2);
        assertThat(jdbc.queryForList("""
                select distinct c.language from consultation_comment c join draft_law d on d.id = c.draft_id
                join user_account u on u.id = d.created_by and u.email like 'official.%-%@pikir.demo'""", String.class)).contains("kk", "ru", "en");
        assertThat(jdbc.queryForObject(
                        "select count(*) from consultation_comment where body like 'Требуем отменить регистрацию%'",
                        Long.class))
                .isGreaterThanOrEqualTo(45);
    }
}
