package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.appeal.PublicAnswerMatcher.Candidate;
import org.pikir.appeal.PublicAnswerMatcher.Scored;

/** Ranking of public answers against what a citizen writes, across kk, ru and en. */
class PublicAnswerMatcherTest {

    static final String HOT_WATER_RU = "Когда в Шымкенте восстановят подачу горячей воды после ремонта теплосети?";
    static final String HOT_WATER_ANSWER = "Подача горячей воды восстанавливается после гидравлических испытаний "
            + "теплосети; график отключений публикует ТОО «Шымкентские тепловые сети».";
    static final String LIGHTS_EN = "Who repairs street lights that stopped working?";
    static final String LIGHTS_ANSWER =
            "Street lighting is maintained by the city housing department; report a " + "broken lamp with its address.";

    static List<Candidate<String>> candidates() {
        return List.of(
                new Candidate<>(
                        "water", PublicAnswerMatcher.terms(HOT_WATER_RU), PublicAnswerMatcher.terms(HOT_WATER_ANSWER)),
                new Candidate<>(
                        "lights", PublicAnswerMatcher.terms(LIGHTS_EN), PublicAnswerMatcher.terms(LIGHTS_ANSWER)));
    }

    @Test
    void aKazakhQuestionWithRussianWordsFindsTheRussianAnswer() {
        List<Scored<String>> found = PublicAnswerMatcher.rank(
                "Шымкентте теплосеть жөндеуінен кейін үйде горячей воды жоқ, қашан қосылады?", candidates(), 5, 2);
        assertThat(found).extracting(Scored::item).containsExactly("water");
    }

    @Test
    void aRussianParaphraseFindsTheEnglishAnswerWhereWordsOverlap() {
        List<Scored<String>> found =
                PublicAnswerMatcher.rank("Кто ремонтирует street lights у нашего дома?", candidates(), 5, 2);
        assertThat(found).extracting(Scored::item).containsExactly("lights");
    }

    @Test
    void anUnrelatedTextFindsNothing() {
        assertThat(PublicAnswerMatcher.rank(
                        "Прошу установить светофор на перекрёстке у школы номер сорок два.", candidates(), 5, 2))
                .isEmpty();
        assertThat(PublicAnswerMatcher.rank("", candidates(), 5, 2)).isEmpty();
    }

    @Test
    void atMostTheLimitIsReturnedBestFirst() {
        List<Scored<String>> found =
                PublicAnswerMatcher.rank("горячей воды теплосети street lights working", candidates(), 1, 1);
        assertThat(found).hasSize(1);
    }

    @Test
    void aShortSearchQueryFindsTheAnswersThatContainItsWords() {
        assertThat(PublicAnswerMatcher.search("горячая вода теплосеть", candidates(), 10))
                .extracting(Scored::item)
                .containsExactly("water");
        assertThat(PublicAnswerMatcher.search("street lamp", candidates(), 10))
                .extracting(Scored::item)
                .containsExactly("lights");
        assertThat(PublicAnswerMatcher.search("светофор", candidates(), 10)).isEmpty();
    }
}
