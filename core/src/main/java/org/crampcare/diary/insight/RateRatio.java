package org.crampcare.diary.insight;

import java.util.OptionalDouble;

import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.stat.inference.AlternativeHypothesis;
import org.hipparchus.stat.inference.BinomialTest;

/**
 * Two cramp rates compared, {@code compared} against {@code reference} (after a change against before it; nights
 * after days with a factor against nights after days without it), as a rate ratio with an exact 95% interval and an
 * exact two-sided test.
 *
 * <p>The method conditions on the total: with {@code n = x_ref + x_cmp} cramps in all, {@code x_cmp} is binomial with
 * {@code n} trials and probability {@code p = RR t_cmp / (RR t_cmp + t_ref)} ({@code t} = nights). The Clopper-Pearson
 * interval for {@code p} (Beta quantiles) is turned into one for the ratio, {@code RR = p / (1 - p) * t_ref / t_cmp};
 * the test of "the same rate on both sides" is the exact binomial test of {@code p = t_cmp / (t_cmp + t_ref)}.
 *
 * @param ratio the rate ratio; empty when the reference side had no cramps (the ratio is infinite or, with no cramps
 *              at all, undefined)
 * @param lower the lower end of the 95% interval (0 when the compared side had no cramps)
 * @param upper the upper end; empty when it is unbounded (no cramps on the reference side)
 * @param p the two-sided exact p-value (1 when there were no cramps at all)
 */
public record RateRatio(Counts reference, Counts compared, OptionalDouble ratio, double lower, OptionalDouble upper,
        double p) {
    public static final double CONFIDENCE = 0.95;

    public static RateRatio of(Counts reference, Counts compared) {
        if (reference.nights() == 0 || compared.nights() == 0) {
            throw new IllegalArgumentException("each side needs at least one observed night: " + reference + ", "
                    + compared);
        }
        int xRef = reference.cramps();
        int xCmp = compared.cramps();
        double tRef = reference.nights();
        double tCmp = compared.nights();
        int n = xRef + xCmp;
        if (n == 0) {
            return new RateRatio(reference, compared, OptionalDouble.empty(), 0, OptionalDouble.empty(), 1);
        }
        double tail = (1 - CONFIDENCE) / 2;
        double pLow = xCmp == 0 ? 0 : new BetaDistribution(xCmp, n - xCmp + 1.0).inverseCumulativeProbability(tail);
        double pHigh = xCmp == n ? 1 : new BetaDistribution(xCmp + 1.0, n - xCmp).inverseCumulativeProbability(1 - tail);
        double scale = tRef / tCmp;
        double lower = pLow / (1 - pLow) * scale;
        OptionalDouble upper = xCmp == n ? OptionalDouble.empty() : OptionalDouble.of(pHigh / (1 - pHigh) * scale);
        OptionalDouble ratio = xRef == 0 ? OptionalDouble.empty() : OptionalDouble.of((xCmp / tCmp) / (xRef / tRef));
        double p = new BinomialTest().binomialTest(n, xCmp, tCmp / (tCmp + tRef), AlternativeHypothesis.TWO_SIDED);
        return new RateRatio(reference, compared, ratio, lower, upper, p);
    }

    /** The whole interval lies below 1: fewer cramps on the compared side, and unlikely to be chance alone. */
    public boolean entirelyBelowOne() {
        return upper.isPresent() && upper.getAsDouble() < 1;
    }

    /** The whole interval lies above 1: more cramps on the compared side, and unlikely to be chance alone. */
    public boolean entirelyAboveOne() {
        return lower > 1;
    }

    /** No cramps on either side: nothing to compare. */
    public boolean noCramps() {
        return reference.cramps() + compared.cramps() == 0;
    }
}
