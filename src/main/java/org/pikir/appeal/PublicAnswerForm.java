package org.pikir.appeal;

import java.util.List;

/**
 * What an official writes for a public answer; validated by {@link PublicAnswerService}. Field names are error
 * keys. {@code languages} are the codes (kk, ru, en) the question and answer are written in; {@code source} and
 * {@code sourceKey} name the campaign or topic it was written from (both null for an answer written from scratch).
 */
public record PublicAnswerForm(
        String question,
        String answer,
        String legalBasis,
        List<String> languages,
        PublicAnswerSource source,
        String sourceKey) {

    public PublicAnswerForm {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
