package org.crampcare.diary.insight;

import java.util.Arrays;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.stat.correlation.KendallsCorrelation;

/**
 * The Mann-Kendall test for a monotonic trend in a series (weekly cramp rates in time order).
 *
 * <p>{@code S} is the sum of {@code sign(x_j - x_i)} over all pairs {@code i < j}. Its variance under "no trend",
 * corrected for ties, is {@code [n(n-1)(2n+5) - sum t(t-1)(2t+5)] / 18}, where {@code t} runs over the sizes of the
 * groups of equal values. {@code Z = (S - 1) / sqrt(Var)} when {@code S > 0}, {@code (S + 1) / sqrt(Var)} when
 * {@code S < 0} (continuity correction), 0 otherwise; the p-value is two-sided from the normal distribution. Kendall's
 * tau (tau-b, so ties count) is the correlation of the series with time.
 *
 * @param n the length of the series
 * @param s Kendall's S
 * @param variance the tie-corrected variance of S
 * @param z the normal score
 * @param p the two-sided p-value (1 when every value is the same)
 * @param tau Kendall's tau-b against time (0 when every value is the same)
 */
public record MannKendall(int n, int s, double variance, double z, double p, double tau) {
    public static final double SIGNIFICANCE = 0.05;

    public static MannKendall test(double[] series) {
        int n = series.length;
        if (n < 2) {
            throw new IllegalArgumentException("a trend needs at least two values: " + n);
        }
        int s = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                s += Double.compare(series[j], series[i]) > 0 ? 1 : Double.compare(series[j], series[i]) < 0 ? -1 : 0;
            }
        }
        double[] sorted = series.clone();
        Arrays.sort(sorted);
        double ties = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            long t = j - i;
            ties += t * (t - 1) * (2 * t + 5);
            i = j;
        }
        double variance = ((double) n * (n - 1) * (2 * n + 5) - ties) / 18;
        if (variance <= 0) {
            return new MannKendall(n, s, 0, 0, 1, 0);
        }
        double z = s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
        double p = Math.min(1, 2 * (1 - new NormalDistribution().cumulativeProbability(Math.abs(z))));
        double[] time = new double[n];
        Arrays.setAll(time, i -> i);
        double tau = new KendallsCorrelation().correlation(time, series);
        return new MannKendall(n, s, variance, z, p, tau);
    }

    /** A significant upward trend (p below 0.05, S above 0). */
    public boolean upward() {
        return p < SIGNIFICANCE && s > 0;
    }

    /** A significant downward trend (p below 0.05, S below 0). */
    public boolean downward() {
        return p < SIGNIFICANCE && s < 0;
    }
}
