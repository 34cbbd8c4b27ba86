package org.pikir.consultation;

import java.util.List;

/** What an official enters for a draft law or a new version of it. */
public record DraftForm(
        PolicyArea policyArea,
        String titleKk,
        String titleRu,
        String titleEn,
        String summaryKk,
        String summaryRu,
        String summaryEn,
        String noteKk,
        String noteRu,
        String noteEn,
        List<ArticleForm> articles) {

    public DraftForm {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }
}
