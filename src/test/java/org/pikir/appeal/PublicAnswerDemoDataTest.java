package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pikir.appeal.PublicAnswerMatcher.Candidate;
import org.pikir.appeal.PublicAnswerMatcher.Scored;

/** The demo answers are complete, in the portal's languages, and the Almaty one answers the demo campaign. */
class PublicAnswerDemoDataTest {

    static List<Candidate<String>> demoCandidates() {
        return PublicAnswerDemoData.ANSWERS.stream()
                .map(a -> new Candidate<>(
                        a[4], PublicAnswerMatcher.terms(a[4]), PublicAnswerMatcher.terms(a[5] + " " + a[6])))
                .toList();
    }

    @Test
    void everyDemoAnswerIsCompleteAndNamesADemoOfficialAndAgency() {
        Set<String> officials = AppealDemoData.OFFICIALS.stream()
                .map(o -> o[0] + "|" + o[2] + "|" + o[3])
                .collect(java.util.stream.Collectors.toSet());
        assertThat(PublicAnswerDemoData.ANSWERS).hasSizeGreaterThanOrEqualTo(4).allSatisfy(a -> {
            assertThat(officials).contains(a[0] + "|" + a[1] + "|" + a[2]);
            assertThat(PublicAnswerMatcher.LANGUAGES).contains(a[3]);
            assertThat(a[4]).isNotBlank().hasSizeLessThanOrEqualTo(PublicAnswerService.MAX_QUESTION);
            assertThat(a[5]).isNotBlank().hasSizeLessThanOrEqualTo(PublicAnswerService.MAX_ANSWER);
            assertThat(Long.parseLong(a[7])).isNotNegative();
        });
    }

    @Test
    void theDemoCampaignsAppealTextIsAnsweredByTheAlmatyHotWaterAnswer() {
        String appeal = AppealDemoTexts.campaignText(24, 6, "Здравствуйте!");
        List<Scored<String>> found =
                PublicAnswerMatcher.rank(appeal, demoCandidates(), PublicAnswerService.MAX_SUGGESTIONS, 2);
        assertThat(found).extracting(Scored::item).first().asString().contains("Айнабулак-3");
        assertThat(PublicAnswerMatcher.rank(
                        "Прошу установить светофор у школы номер сорок два.",
                        demoCandidates(),
                        PublicAnswerService.MAX_SUGGESTIONS,
                        2))
                .isEmpty();
    }
}
