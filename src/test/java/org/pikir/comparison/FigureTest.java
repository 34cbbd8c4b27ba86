package org.pikir.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Suppression rules of a single cell. */
class FigureTest {

    @Test
    void countsBelowFiveAreSuppressedFromFiveOnShown() {
        for (long n = 0; n < 5; n++) {
            assertThat(Figure.count(n).suppressed()).isTrue();
            assertThat(Figure.count(n).chartValue()).isNull();
        }
        assertThat(Figure.count(5).chartValue()).isEqualTo(5.0);
    }

    @Test
    void ratesAndSharesOfSuppressedCountsAreSuppressedAndNeverDivideByZero() {
        assertThat(Figure.per100k(4, new Figure.Base(1000, false)).suppressed()).isTrue();
        assertThat(Figure.per100k(5, new Figure.Base(1000, false)).value()).isEqualTo(500.0);
        assertThat(Figure.per100k(5, new Figure.Base(0, false)).state()).isEqualTo(Figure.State.NO_BASE);
        assertThat(Figure.per100k(5, null).state()).isEqualTo(Figure.State.NO_BASE);
        assertThat(Figure.per100k(7, new Figure.Base(700_000, true)).state()).isEqualTo(Figure.State.UPPER_BOUND);
        assertThat(Figure.percent(4, 100).suppressed()).isTrue();
        assertThat(Figure.percent(5, 4).suppressed()).isTrue();
        assertThat(Figure.percent(0, 0).suppressed()).isTrue();
        assertThat(Figure.percent(5, 10).value()).isEqualTo(50.0);
        assertThat(Figure.statistic(3.5, 4).suppressed()).isTrue();
        assertThat(Figure.statistic(null, 5).state()).isEqualTo(Figure.State.NO_BASE);
    }
}
