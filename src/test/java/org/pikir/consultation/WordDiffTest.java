package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.consultation.WordDiff.Op;
import org.pikir.consultation.WordDiff.Segment;

class WordDiffTest {

    @Test
    void marksChangedWordsOnly() {
        List<Segment> diff = WordDiff.diff("Мигрант тіркеледі 3 күн ішінде.", "Мигрант тіркеледі 7 жұмыс күні ішінде.");
        assertThat(diff)
                .containsExactly(
                        new Segment(Op.SAME, "Мигрант тіркеледі "),
                        new Segment(Op.REMOVED, "3 күн "),
                        new Segment(Op.ADDED, "7 жұмыс күні "),
                        new Segment(Op.SAME, "ішінде."));
    }

    @Test
    void identicalAndEmptyTexts() {
        assertThat(WordDiff.diff("a b", "a b")).containsExactly(new Segment(Op.SAME, "a b"));
        assertThat(WordDiff.diff(null, "new text")).containsExactly(new Segment(Op.ADDED, "new text"));
        assertThat(WordDiff.diff("old", "")).containsExactly(new Segment(Op.REMOVED, "old"));
    }

    @Test
    void rebuildsBothSides() {
        String a = "one two three four five six";
        String b = "zero one three four six seven";
        List<Segment> diff = WordDiff.diff(a, b);
        String before =
                diff.stream().filter(s -> s.op() != Op.ADDED).map(Segment::text).reduce("", String::concat);
        String after = diff.stream()
                .filter(s -> s.op() != Op.REMOVED)
                .map(Segment::text)
                .reduce("", String::concat);
        assertThat(before.replaceAll("\\s+", " ").strip()).isEqualTo(a);
        assertThat(after.replaceAll("\\s+", " ").strip()).isEqualTo(b);
    }
}
