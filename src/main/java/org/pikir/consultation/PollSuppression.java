package org.pikir.consultation;

import java.util.ArrayList;
import java.util.List;
import org.pikir.shared.SmallCells;

/**
 * Small-cell suppression of a poll's results table. Row 0 holds the totals, rows 1.. one country of residence
 * each; column 0 the voters, columns 1.. the options. Every count below {@link SmallCells#THRESHOLD} is hidden
 * (the comparison's rule), and because totals are published, a hidden cell could be recovered by subtraction
 * when it is the only hidden one of a sum (a column: total = sum of the countries; a row of a single-choice poll:
 * voters = sum of the options). Then the smallest other cell of that sum is hidden too, until no sum has exactly
 * one hidden cell.
 */
final class PollSuppression {

    private PollSuppression() {}

    static boolean[][] suppress(long[][] counts, boolean singleChoice) {
        int rows = counts.length;
        int cols = rows == 0 ? 0 : counts[0].length;
        boolean[][] hidden = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                hidden[r][c] = SmallCells.suppressed(counts[r][c]);
            }
        }
        List<int[][]> sums = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            int[][] group = new int[rows][];
            for (int r = 0; r < rows; r++) {
                group[r] = new int[] {r, c};
            }
            sums.add(group);
        }
        if (singleChoice) {
            for (int r = 0; r < rows; r++) {
                int[][] group = new int[cols][];
                for (int c = 0; c < cols; c++) {
                    group[c] = new int[] {r, c};
                }
                sums.add(group);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] group : sums) {
                if (group.length < 2 || hiddenIn(group, hidden) != 1) {
                    continue;
                }
                // group[0] is the total; prefer hiding a part, the total only if every part is hidden
                int[] pick = null;
                for (int i = 1; i < group.length; i++) {
                    int[] cell = group[i];
                    if (!hidden[cell[0]][cell[1]]
                            && (pick == null || counts[cell[0]][cell[1]] < counts[pick[0]][pick[1]])) {
                        pick = cell;
                    }
                }
                if (pick == null) {
                    pick = group[0];
                }
                hidden[pick[0]][pick[1]] = true;
                changed = true;
            }
        }
        return hidden;
    }

    private static int hiddenIn(int[][] group, boolean[][] hidden) {
        int n = 0;
        for (int[] cell : group) {
            if (hidden[cell[0]][cell[1]]) {
                n++;
            }
        }
        return n;
    }
}
