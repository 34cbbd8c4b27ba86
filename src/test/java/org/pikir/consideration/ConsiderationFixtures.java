package org.pikir.consideration;

import java.util.ArrayList;
import java.util.List;
import org.pikir.account.PikirUser;
import org.pikir.consultation.ArticleForm;
import org.pikir.consultation.CommentService;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.consultation.DraftForm;
import org.pikir.consultation.DraftLawService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Drafts with comments for consideration tests, made through the real consultation services. */
@Component
public class ConsiderationFixtures {

    private final ConsultationFixtures consultations;
    private final AccountFixtures accounts;
    private final CommentService comments;
    private final DraftLawService drafts;
    private final JdbcTemplate jdbc;

    ConsiderationFixtures(
            ConsultationFixtures consultations,
            AccountFixtures accounts,
            CommentService comments,
            DraftLawService drafts,
            JdbcTemplate jdbc) {
        this.consultations = consultations;
        this.accounts = accounts;
        this.comments = comments;
        this.drafts = drafts;
        this.jdbc = jdbc;
    }

    /** An open draft of the given agency with three articles, and the official who drafted it. */
    public record Draft(long id, PikirUser official, long agencyId) {}

    public Draft openDraft(String country, String agencyCode) {
        long agency = consultations.agency(country, agencyCode);
        PikirUser official = accounts.official(agency);
        return new Draft(consultations.openDraft(official, "Consideration", 3), official, agency);
    }

    public long articleId(long draftId, int index) {
        return consultations.articleId(draftId, index);
    }

    /** A comment by this citizen (articleIndex null: on the draft as a whole). */
    public long comment(PikirUser citizen, long draftId, Integer articleIndex, String text) {
        Long article = articleIndex == null ? null : consultations.articleId(draftId, articleIndex);
        return TestUsers.as(citizen, () -> comments.submitComment(draftId, article, text));
    }

    /** Closes the consultation. */
    public void close(Draft draft) {
        TestUsers.as(draft.official(), () -> {
            drafts.closeConsultation(draft.id());
            return null;
        });
    }

    /** Closes the consultation and publishes version 2 in which only the article at changedIndex changes. */
    public void closeAndPublishChanging(Draft draft, int changedIndex) {
        close(draft);
        List<String> refs = jdbc.queryForList("""
                select a.ref from draft_article a join draft_version v on v.id = a.version_id
                where v.draft_id = ? and v.number = 1 order by a.position""", String.class, draft.id());
        DraftForm v1 = ConsultationFixtures.form("Consideration", refs.size());
        List<ArticleForm> articles = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            ArticleForm a = v1.articles().get(i);
            String suffix = i == changedIndex ? " (изменено)" : "";
            articles.add(new ArticleForm(
                    refs.get(i),
                    a.number(),
                    a.chapterKk(),
                    a.chapterRu(),
                    a.chapterEn(),
                    a.headingKk(),
                    a.headingRu(),
                    a.headingEn(),
                    a.textKk() + suffix,
                    a.textRu() + suffix,
                    a.textEn() + suffix));
        }
        DraftForm v2 = new DraftForm(
                v1.policyArea(),
                v1.titleKk(),
                v1.titleRu(),
                v1.titleEn(),
                v1.summaryKk(),
                v1.summaryRu(),
                v1.summaryEn(),
                v1.noteKk(),
                v1.noteRu(),
                v1.noteEn(),
                articles);
        TestUsers.as(draft.official(), () -> drafts.publishNewVersion(draft.id(), v2, "Учли предложения"));
    }

    /** Id of the article at index in a given version. */
    public long articleOfVersion(long draftId, int version, int index) {
        return jdbc.queryForObject("""
                select a.id from draft_article a join draft_version v on v.id = a.version_id
                where v.draft_id = ? and v.number = ? order by a.position offset ? limit 1""", Long.class, draftId, version, index);
    }
}
