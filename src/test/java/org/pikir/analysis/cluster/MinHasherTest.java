package org.pikir.analysis.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    @Test
    void bandGroupsGiveTheSameKeysAsTheFullSignature() {
        MinHasher hasher = new MinHasher(64, 2);
        int[] shingles = Shingles.of(Shingles.words("one two three four five six seven eight nine ten eleven twelve"));
        long[] full = hasher.signature(shingles);
        for (int from = 0; from < 64; from += 16) {
            long[] part = hasher.signature(shingles, from, from + 16);
            assertEquals(Arrays.toString(Arrays.copyOfRange(full, from * 2, (from + 16) * 2)), Arrays.toString(part));
            for (int b = from; b < from + 16; b++) {
                assertEquals(hasher.bandKey(full, b), hasher.bandKey(part, from, b));
            }
        }
    }
}
