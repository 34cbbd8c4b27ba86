package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PollSuppressionTest {

    @Test
    void cellsBelowFiveAreHidden() {
        long[][] t = {{40, 20, 20}, {30, 15, 15}, {10, 5, 5}};
        boolean[][] h = PollSuppression.suppress(t, true);
        for (boolean[] row : h) {
            for (boolean cell : row) {
                assertThat(cell).isFalse();
            }
        }
    }

    @Test
    void aLoneHiddenCellOfASumHidesAnotherOne() {
        // totals; KZ 30 voters; RU 8; DE 2 (hidden): DE could be worked out as 40 - 30 - 8 without a second cell
        long[][] t = {{40, 25, 15}, {30, 20, 10}, {8, 3, 5}, {2, 2, 0}};
        boolean[][] h = PollSuppression.suppress(t, true);
        assertThat(h[3][0]).isTrue();
        assertThat(h[2][1]).isTrue();
        // every column and row with a hidden cell has at least two of them
        for (int c = 0; c < 3; c++) {
            int n = 0;
            for (boolean[] row : h) {
                n += row[c] ? 1 : 0;
            }
            assertThat(n).isNotEqualTo(1);
        }
        for (boolean[] row : h) {
            int n = 0;
            for (boolean cell : row) {
                n += cell ? 1 : 0;
            }
            assertThat(n).isNotEqualTo(1);
        }
    }

    @Test
    void multipleChoiceRowsAreNoSums() {
        long[][] t = {{20, 18, 3}, {20, 18, 3}};
        boolean[][] h = PollSuppression.suppress(t, false);
        assertThat(h[0][2]).isTrue();
        assertThat(h[1][2]).isTrue();
        assertThat(h[0][1]).isFalse();
        assertThat(h[1][0]).isFalse();
    }
}
