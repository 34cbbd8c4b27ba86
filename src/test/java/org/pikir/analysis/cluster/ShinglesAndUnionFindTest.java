package org.pikir.analysis.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesAndUnionFindTest {

    @Test
    void wordsAreNormalisedAndShinglesSortedDistinct() {
        assertEquals(List.of("o'zbekiston", "va", "qozog'iston"), Shingles.words("Oʻzbekiston va Qozogʻiston!"));
        int[] s = Shingles.of(Shingles.words("one two three four five one two three four five"));
        assertEquals(5, s.length); // 6 windows, one repeated
        for (int i = 1; i < s.length; i++) {
            assertTrue(s[i - 1] < s[i]);
        }
    }

    @Test
    void overlapCountsSharedShingles() {
        int[] a = Shingles.of(Shingles.words("a b c d e f g"));
        int[] b = Shingles.of(Shingles.words("a b c d e f x"));
        assertEquals(2, Shingles.overlap(a, b));
    }

    @Test
    void minHashIsDeterministicAndSimilarTextsShareBands() {
        MinHasher h = new MinHasher(20, 2);
        int[] a = Shingles.of(Shingles.words("the quick brown fox jumps over the lazy dog near the river bank today"));
        int[] b =
                Shingles.of(Shingles.words("the quick brown fox jumps over the lazy dog near the river bank tonight"));
        assertArrayEquals(h.signature(a), new MinHasher(20, 2).signature(a));
        long[] sa = h.signature(a);
        long[] sb = h.signature(b);
        int shared = 0;
        for (int band = 0; band < 20; band++) {
            shared += h.bandKey(sa, band) == h.bandKey(sb, band) ? 1 : 0;
        }
        assertTrue(shared > 0, "near-duplicates collide in at least one band");
    }

    @Test
    void unionFindJoinsTransitively() {
        UnionFind uf = new UnionFind(5);
        assertTrue(uf.union(0, 1));
        assertTrue(uf.union(1, 2));
        assertFalse(uf.union(0, 2));
        assertEquals(uf.find(0), uf.find(2));
        assertEquals(3, uf.sizeOf(2));
        assertEquals(1, uf.sizeOf(4));
    }

    @Test
    void intIntMapStoresGrowsAndClears() {
        IntIntMap m = new IntIntMap(2);
        for (int i = 0; i < 1000; i++) {
            assertEquals(IntIntMap.MISSING, m.put(i * 7919, i));
        }
        assertEquals(500, m.get(500 * 7919));
        assertEquals(500, m.put(500 * 7919, 1));
        assertEquals(3, m.putIfAbsent(3 * 7919, 99));
        m.clear();
        assertEquals(IntIntMap.MISSING, m.get(7919));
    }

    @Test
    void sentenceSplitterKeepsAbbreviationLikeDotsInsideWords() {
        assertEquals(
                List.of("First point.", "Second one!", "Third line", "v1.2 is fine?"),
                SentenceSplitter.split("First point. Second one!\nThird line\nv1.2 is fine?"));
    }
}
