package org.pikir.analysis.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KazakhStemmerTest {

    @Test
    void stripsStackedEndingsInKazakhOrder() {
        assertEquals("заң", KazakhStemmer.stem("заңдарымыздың")); // plural + possessive + genitive
        assertEquals("мектеп", KazakhStemmer.stem("мектепте")); // locative
        assertEquals("үй", KazakhStemmer.stem("үй"));
        assertEquals("кітап", KazakhStemmer.stem("кітаптар"));
        assertEquals("қала", KazakhStemmer.stem("қаладан"));
    }

    @Test
    void neverLeavesFewerThanThreeLetters() {
        assertEquals("ана", KazakhStemmer.stem("ана")); // "mother", not ан + а
        assertEquals("сен", KazakhStemmer.stem("сен"));
        assertEquals("ала", KazakhStemmer.stem("алада"));
    }
}
