package org.crampcare.diary.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateRatioTest {

    /**
     * docs/stack-next.md §5: 12 cramps in 30 nights before, 5 in 30 after. By hand: RR = (5/30)/(12/30) = 0.4167.
     * Conditional on n = 17, x_after ~ Bin(17, p). Clopper-Pearson for 5/17 (solving P(X >= 5 | p) = 0.025 and
     * P(X <= 5 | p) = 0.025 by bisection on the binomial sums): pL = 0.103136, pU = 0.559583. RR = p/(1-p) * 30/30:
     * 0.103136/0.896864 = 0.114996 and 0.559583/0.440417 = 1.270574. Two-sided p at p0 = 1/2 (symmetric):
     * 2 P(X <= 5) = 2 (1 + 17 + 136 + 680 + 2380 + 6188) / 2^17 = 18804/131072 = 0.143463.
     */
    @Test
    void theStackNotesExampleGivesTheHandComputedRatioIntervalAndP() {
        RateRatio r = RateRatio.of(new Counts(12, 30), new Counts(5, 30));

        assertThat(r.ratio().getAsDouble()).isCloseTo(0.416667, within(1e-6));
        assertThat(r.lower()).isCloseTo(0.114996, within(1e-5));
        assertThat(r.upper().getAsDouble()).isCloseTo(1.270574, within(1e-5));
        assertThat(r.p()).isCloseTo(0.143463, within(1e-6));
        assertThat(r.entirelyBelowOne()).isFalse();
    }

    /**
     * No cramps after: 6 in 28 nights before, 0 in 14 after. By hand: n = 6, pL = 0, pU = 1 - 0.025^(1/6) = 0.459258,
     * so the interval is 0 to 0.459258/0.540742 * 28/14 = 1.698622. p0 = 14/42 = 1/3; the two-sided test adds the
     * outcomes no more likely than P(0) = 64/729: P(6) = 1/729, P(5) = 12/729, P(4) = 60/729, P(0) = 64/729, so
     * p = 137/729 = 0.187929.
     */
    @Test
    void noCrampsOnTheComparedSideGivesAZeroRatioAndTheClosedFormUpperEnd() {
        RateRatio r = RateRatio.of(new Counts(6, 28), new Counts(0, 14));

        assertThat(r.ratio().getAsDouble()).isZero();
        assertThat(r.lower()).isZero();
        assertThat(r.upper().getAsDouble()).isCloseTo(1.698622, within(1e-5));
        assertThat(r.p()).isCloseTo(137.0 / 729, within(1e-9));
    }

    /**
     * No cramps before: 0 in 20 nights, 4 in 20 after. The ratio is infinite (left empty) and so is the upper end;
     * the lower end is Beta(4, 1) at 0.025 = 0.025^(1/4) = 0.397635, so 0.397635/0.602365 = 0.660124.
     */
    @Test
    void noCrampsOnTheReferenceSideLeavesTheRatioAndTheUpperEndUnbounded() {
        RateRatio r = RateRatio.of(new Counts(0, 20), new Counts(4, 20));

        assertThat(r.ratio()).isEmpty();
        assertThat(r.upper()).isEmpty();
        assertThat(r.lower()).isCloseTo(0.660124, within(1e-5));
        assertThat(r.entirelyAboveOne()).isFalse();
    }

    @Test
    void noCrampsAtAllGiveNoRatioAndAPOfOne() {
        RateRatio r = RateRatio.of(new Counts(0, 20), new Counts(0, 20));

        assertThat(r.noCramps()).isTrue();
        assertThat(r.ratio()).isEmpty();
        assertThat(r.p()).isEqualTo(1.0);
    }

    @Test
    void aSideWithoutObservedNightsCannotBeCompared() {
        assertThatThrownBy(() -> RateRatio.of(new Counts(0, 0), new Counts(3, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
