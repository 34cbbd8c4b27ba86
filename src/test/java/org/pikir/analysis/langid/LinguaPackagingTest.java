package org.pikir.analysis.langid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.pemistahl.lingua.api.Language;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar keeps only the Lingua models named by pom.xml's {@code lingua.languages}
 * (src/build/SlimBootJar.java, issue 18). Lingua reads a missing model as an empty one instead of
 * failing, so a language added to {@link LinguaExpert}'s subset but not to that list would silently lose
 * its model in production: this test keeps the two in step.
 */
class LinguaPackagingTest {

    @Test
    void packagedLinguaModelsAreExactlyTheExpertsSubset() throws Exception {
        Field subset = LinguaExpert.class.getDeclaredField("SUBSET");
        subset.setAccessible(true);
        Set<String> expert = Arrays.stream((Language[]) subset.get(null))
                .map(l -> l.getIsoCode639_1().toString())
                .collect(Collectors.toCollection(TreeSet::new));

        Matcher m = Pattern.compile("<lingua\\.languages>([a-z,]+)</lingua\\.languages>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "pom.xml defines lingua.languages");
        Set<String> packaged = new TreeSet<>(Arrays.asList(m.group(1).split(",")));

        assertEquals(expert, packaged);
        for (String code : packaged) {
            assertTrue(
                    LinguaExpert.class.getResource("/language-models/" + code + "/trigrams.json") != null,
                    "Lingua has a model for " + code);
        }
    }
}
