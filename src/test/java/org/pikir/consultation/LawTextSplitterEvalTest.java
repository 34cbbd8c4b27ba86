package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The splitter against real law texts kept outside the repository (their licences do not allow copying them
 * in). Skipped with a message when the folder is absent; the folder can be moved with -Dpikir.eval.laws.
 * Expected counts come from the folder's README.
 */
class LawTextSplitterEvalTest {

    private static final Path LAWS = Path.of(System.getProperty("pikir.eval.laws", "/work/shared/data/eval/laws"));

    static Stream<Arguments> laws() {
        return Stream.of(
                Arguments.of("kz_toys_ru.txt", 19, 4, "1", "19"),
                Arguments.of("kz_toys_kk.txt", 19, 4, "1", "19"),
                Arguments.of("kz_civil-procedure_ru.txt", 16, 2, "1", "16"),
                Arguments.of("kz_civil-procedure_kk.txt", 16, 2, "1", "16"),
                Arguments.of("uz_culture_uz.txt", 53, 8, "1", "53"),
                Arguments.of("kg_ombudsman_en.txt", 23, 5, "1", "17"),
                // ~497 headings (479 "Article N.", 17 without the dot, 1 indented). The README counts 59 chapter
                // lines by regex; the text has chapters 1-58 plus 5-1, 11-1, 21-1, 30-1 (four without a dot, two
                // spelt "Charter", some glued after a SECTION heading): 62 distinct chapters.
                Arguments.of("kz_civil-procedure_en.txt", 497, 62, "1", "505"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laws")
    void splitsRealLawsIntoTheirArticlesAndChapters(String file, int articles, int chapters, String first, String last)
            throws IOException {
        Path path = LAWS.resolve(file);
        Assumptions.assumeTrue(
                Files.isReadable(path),
                "evaluation text " + path + " not present; skipping the real-law splitter evaluation");
        LawTextSplitter.Result result = new LawTextSplitter().split(Files.readString(path, StandardCharsets.UTF_8));
        List<String> numbers =
                result.articles().stream().map(LawTextSplitter.Article::number).toList();
        System.out.printf(
                "splitter %-28s articles=%d chapters=%d first=%s last=%s%n",
                file,
                numbers.size(),
                result.chapters().size(),
                numbers.isEmpty() ? "-" : numbers.getFirst(),
                numbers.isEmpty() ? "-" : numbers.getLast());
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(result.chapters()).doesNotHaveDuplicates();
        assertThat(numbers.getFirst()).isEqualTo(first);
        assertThat(numbers.getLast()).isEqualTo(last);
        assertThat(numbers).hasSize(articles);
        assertThat(result.chapters()).hasSize(chapters);
        assertThat(result.articles()).allSatisfy(a -> assertThat(a.text()).isNotBlank());
    }
}
