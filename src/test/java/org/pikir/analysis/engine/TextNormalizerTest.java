package org.pikir.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void composesToNfc() {
        assertEquals("й", TextNormalizer.normalize("и\u0306"));
    }

    @Test
    void unifiesUzbekApostrophes() {
        String expected = "o'zbek g'alaba";
        assertEquals(expected, TextNormalizer.normalize("oʻzbek gʻalaba"));
        assertEquals(expected, TextNormalizer.normalize("o‘zbek g’alaba"));
        assertEquals(expected, TextNormalizer.normalize("o`zbek g`alaba"));
    }

    @Test
    void repairsLatinLetterInsideCyrillicKazakhWord() {
        // Latin i for і and Latin e/a inside Cyrillic words.
        assertEquals("біз үшін", TextNormalizer.normalize("бiз үшiн"));
        assertEquals("мектепте", TextNormalizer.normalize("мeктeптe"));
        assertEquals("әке", TextNormalizer.normalize("\u0259ке"));
    }

    @Test
    void leavesAzerbaijaniSchwaInLatinWordsAlone() {
        assertEquals("şəhər", TextNormalizer.normalize("şəhər"));
    }

    @Test
    void repairsCyrillicLookAlikeInsideLatinWord() {
        assertEquals("government", TextNormalizer.normalize("gоvernmеnt")); // Cyrillic о and е
    }

    @Test
    void lowerCasesWithoutTurkishDottedIArtifacts() {
        assertEquals("istanbul", TextNormalizer.normalizeLower("İstanbul"));
    }
}
