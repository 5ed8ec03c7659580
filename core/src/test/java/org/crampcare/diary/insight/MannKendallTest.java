package org.crampcare.diary.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MannKendallTest {

    /**
     * 1, 2, 2, 4, 5. By hand: of the 10 pairs, 9 go up and (2, 2) is a tie, so S = 9. One tie group of t = 2:
     * Var = [5*4*15 - 2*1*9] / 18 = 282/18 = 15.6667. Z = (9 - 1) / sqrt(15.6667) = 2.021165, two-sided
     * p = 2 (1 - Phi(2.021165)) = 0.043263. tau-b = 9 / sqrt(10 * (10 - 1)) = 0.948683.
     */
    @Test
    void aRisingSeriesWithATieGivesTheHandComputedTieCorrectedTest() {
        MannKendall mk = MannKendall.test(new double[] {1, 2, 2, 4, 5});

        assertThat(mk.s()).isEqualTo(9);
        assertThat(mk.variance()).isCloseTo(15.666667, within(1e-6));
        assertThat(mk.z()).isCloseTo(2.021165, within(1e-6));
        assertThat(mk.p()).isCloseTo(0.043263, within(1e-6));
        assertThat(mk.tau()).isCloseTo(0.948683, within(1e-6));
        assertThat(mk.upward()).isTrue();
    }

    /** The same series reversed: S = -9, Z = (-9 + 1) / sqrt(15.6667) = -2.021165, the same p, a downward trend. */
    @Test
    void aFallingSeriesIsSignificantlyDownward() {
        MannKendall mk = MannKendall.test(new double[] {5, 4, 2, 2, 1});

        assertThat(mk.s()).isEqualTo(-9);
        assertThat(mk.z()).isCloseTo(-2.021165, within(1e-6));
        assertThat(mk.downward()).isTrue();
        assertThat(mk.upward()).isFalse();
    }

    /** 1, 3, 2, 4: S = 1 + 1 + 1 - 1 + 1 + 1 = 4, Var = 4*3*13/18 = 8.6667, Z = 3/2.943920 = 1.019049, p = 0.308180. */
    @Test
    void aShortWobblySeriesIsNotSignificant() {
        MannKendall mk = MannKendall.test(new double[] {1, 3, 2, 4});

        assertThat(mk.s()).isEqualTo(4);
        assertThat(mk.z()).isCloseTo(1.019049, within(1e-6));
        assertThat(mk.p()).isCloseTo(0.308180, within(1e-5));
        assertThat(mk.upward()).isFalse();
    }

    @Test
    void aFlatSeriesHasNoTrendAndPOne() {
        MannKendall mk = MannKendall.test(new double[] {2, 2, 2, 2, 2});

        assertThat(mk.s()).isZero();
        assertThat(mk.p()).isEqualTo(1.0);
        assertThat(mk.tau()).isZero();
    }
}
