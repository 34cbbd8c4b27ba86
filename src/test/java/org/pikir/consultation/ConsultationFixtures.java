package org.pikir.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pikir.account.PikirUser;
import org.pikir.shared.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Drafts for tests, created through the real services. */
@Component
public class ConsultationFixtures {

    private final DraftLawService drafts;
    private final JdbcTemplate jdbc;

    ConsultationFixtures(DraftLawService drafts, JdbcTemplate jdbc) {
        this.drafts = drafts;
        this.jdbc = jdbc;
    }

    /** Id of an agency by country and code (reference data). */
    public long agency(String country, String code) {
        return jdbc.queryForObject(
                "select id from agency where country_code = ? and code = ?", Long.class, country, code);
    }

    /** A form with the given number of articles in kk and ru. */
    public static DraftForm form(String title, int articles) {
        List<ArticleForm> list = new ArrayList<>();
        for (int i = 1; i <= articles; i++) {
            list.add(new ArticleForm(
                    null,
                    String.valueOf(i),
                    "1-тарау",
                    "Глава 1",
                    null,
                    "Бап " + i,
                    "Статья " + i,
                    "Article " + i,
                    "Мәтін " + i + " тіркеу туралы",
                    "Текст статьи " + i + " о регистрации",
                    "Text of article " + i));
        }
        return new DraftForm(
                PolicyArea.MIGRATION,
                title + " kk",
                title + " ru",
                title + " en",
                "Түйіндеме",
                "Краткое содержание",
                "Summary",
                null,
                "Пояснительная записка",
                null,
                list);
    }

    /** A draft created and opened (window now .. +45 days) by this official. */
    public long openDraft(PikirUser official, String title, int articles) {
        return TestUsers.as(official, () -> {
            long id = drafts.createDraft(form(title, articles));
            drafts.openConsultation(
                    id, Instant.now().minusSeconds(1), Instant.now().plus(Duration.ofDays(45)));
            return id;
        });
    }

    /** Id of the n-th (0-based) article of the current version. */
    public long articleId(long draftId, int index) {
        return jdbc.queryForObject("""
                select a.id from draft_article a join draft_version v on v.id = a.version_id
                join draft_law d on d.id = v.draft_id and v.number = d.current_version
                where d.id = ? order by a.position offset ? limit 1
                """, Long.class, draftId, index);
    }
}
