package org.pikir.analysis.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LinguaExpert computes Lingua's confidence values on the calling thread; they must be exactly Lingua's own.
 * Sentences written for this test (not taken from any evaluation set).
 */
class LinguaExpertTest {

    private static final String[] SENTENCES = {
        "Бұл заң жобасы азаматтардың құқықтарын қорғауға бағытталған",
        "Мен бұл ұсынысқа толық қосыламын, бірақ мерзімін ұзарту керек",
        "Я считаю, что этот законопроект нужно доработать до второго чтения",
        "Прошу рассмотреть моё обращение о ремонте дороги на улице Абая 12",
        "I support this proposal because it protects students and teachers",
        "Please fix the street lights in our neighbourhood before winter!",
        "Я вважаю, що цей законопроект потрібно доопрацювати",
        "Я лічу, што гэты законапраект трэба дапрацаваць",
        "Смятам, че този законопроект трябва да бъде преработен",
        "Сметам дека овој предлог закон треба да се доработи",
        "Сматрам да овај предлог закона треба дорадити",
        "Энэ хуулийн төслийг дахин боловсруулах шаардлагатай гэж үзэж байна",
        "Bu kanun teklifinin yeniden düzenlenmesi gerektiğini düşünüyorum",
        "Hesab edirəm ki, bu qanun layihəsi yenidən işlənməlidir",
        "Bu qonun loyihasi fuqarolarning huquqlarini himoya qiladi",
        "Бул мыйзам долбоору жарандардын укуктарын коргоого багытталган",
        "Ин лоиҳаи қонун ҳуқуқҳои шаҳрвандонро ҳимоя мекунад",
        "Bu kanun taslamasy raýatlaryň hukuklaryny goraýar",
        "Тёмный тема болса жақсы болар еді",
        "ok",
        "да",
        "a",
        "12345 !!!",
        "",
        "   ",
        "ℕ≥∞",
        "The end.",
        "жол",
        "road",
        "дорога 2026 жыл"
    };

    private static LinguaExpert expert;

    @BeforeAll
    static void load() {
        expert = new LinguaExpert();
    }

    @Test
    void sameConfidenceValuesAsLinguaOnHandWrittenSentences() {
        for (String s : SENTENCES) {
            assertEquals(expert.linguaConfidenceValues(s), expert.confidenceValues(s), s);
            // Long texts (≥ 120 characters) take Lingua's trigram-only path.
            String longer = (s + " ").repeat(8);
            assertEquals(expert.linguaConfidenceValues(longer), expert.confidenceValues(longer), longer);
        }
    }

    @Test
    void sameConfidenceValuesAsLinguaOnMixedWordSalads() {
        Random r = new Random(7);
        List<String> words = new ArrayList<>();
        for (String s : SENTENCES) {
            words.addAll(List.of(s.split("\\s+")));
        }
        for (int i = 0; i < 1500; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(i % 3 == 0 ? 40 : 8);
            for (int j = 0; j < n; j++) {
                sb.append(words.get(r.nextInt(words.size()))).append(r.nextInt(10) == 0 ? ", " : " ");
            }
            String text = sb.toString();
            assertEquals(expert.linguaConfidenceValues(text), expert.confidenceValues(text), text);
        }
    }

    @Test
    void givesTheSameAnswersFromSeveralThreadsAtOnce() throws Exception {
        List<String> texts = List.of(SENTENCES);
        List<Object> expected = texts.stream()
                .map(t -> (Object) expert.linguaConfidenceValues(t))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Object>>> jobs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                jobs.add(() -> {
                    List<Object> got = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        got.clear();
                        texts.forEach(t -> got.add(expert.confidenceValues(t)));
                    }
                    return got;
                });
            }
            for (Future<List<Object>> f : pool.invokeAll(jobs)) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void judgesKazakhRussianEnglishAndNeighbours() {
        double[] gap = new double[1];
        assertEquals("kk", expert.judge(SENTENCES[0], gap));
        assertTrue(gap[0] > 0 && gap[0] <= 1);
        assertEquals("ru", expert.judge(SENTENCES[2], null));
        assertEquals("en", expert.judge(SENTENCES[4], null));
        assertEquals("und", expert.judge(SENTENCES[6], null));
        assertEquals(null, expert.judge("12345 !!!", null));
    }
}
