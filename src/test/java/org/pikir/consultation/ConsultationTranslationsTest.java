package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pikir.shared.i18n.TranslationProvider;
import org.pikir.shared.i18n.UiLanguage;

/** Keys the consultation views build from enum values exist in every language. */
class ConsultationTranslationsTest {

    @Test
    void everyDynamicKeyExists() {
        List<String> keys = new ArrayList<>();
        for (DraftStatus s : DraftStatus.values()) {
            keys.add("consultation.status." + s.name());
        }
        for (PolicyArea a : PolicyArea.values()) {
            keys.add("consultation.area." + a.name());
        }
        for (StatusFilter f : StatusFilter.values()) {
            keys.add("consultation.filter.status." + f.name());
        }
        for (DraftSort s : DraftSort.values()) {
            keys.add("consultation.sort." + s.name());
        }
        for (CommentSort s : CommentSort.values()) {
            keys.add("consultation.comments.sort." + s.name());
        }
        for (CommentVoteValue v : CommentVoteValue.values()) {
            keys.add("consultation.vote." + v.name() + ".count");
        }
        for (DraftVoteValue v : DraftVoteValue.values()) {
            keys.add("consultation.draftVote." + v.name());
        }
        for (ReportReason r : ReportReason.values()) {
            keys.add("consultation.report." + r.name());
        }
        for (ConsultationQueries.ChangeKind k : ConsultationQueries.ChangeKind.values()) {
            keys.add("consultation.diff.kind." + k.name());
        }
        for (DraftTimeline.Kind k : DraftTimeline.Kind.values()) {
            keys.add("consultation.timeline." + k.name());
        }
        for (String l : List.of("kk", "ru", "en", "uz", "ky", "tg", "tk", "und")) {
            keys.add("consultation.lang." + l);
        }
        TranslationProvider provider = new TranslationProvider();
        for (UiLanguage language : UiLanguage.values()) {
            Set<String> available = provider.keys(language);
            assertThat(available).as(language.code()).containsAll(keys);
        }
    }
}
