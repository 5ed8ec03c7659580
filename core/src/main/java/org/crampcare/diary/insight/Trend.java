package org.crampcare.diary.insight;

import java.util.Optional;

/**
 * Whether cramps a week are going up or down over a period: the Mann-Kendall test on the weekly rates (cramps times
 * 7 over observed nights) of the weeks with at least {@link #MIN_NIGHTS_PER_WEEK} observed nights, in time order.
 *
 * @param weeks how many weeks the test used
 * @param test the test, when there were at least {@link #MIN_WEEKS} weeks
 */
public record Trend(Verdict verdict, int weeks, Optional<MannKendall> test) {
    /** Fewer weeks than this give no verdict. */
    public static final int MIN_WEEKS = 4;
    /** A week with fewer observed nights is left out of the trend (its rate would rest on too few nights). */
    public static final int MIN_NIGHTS_PER_WEEK = 4;

    public enum Verdict {
        TOO_FEW_WEEKS("insights.trend.too_few_weeks"),
        /** A significant upward trend (p below 0.05). */
        GETTING_WORSE("insights.trend.getting_worse"),
        /** A significant downward trend (p below 0.05). */
        GETTING_BETTER("insights.trend.getting_better"),
        NO_CLEAR_TREND("insights.trend.no_clear_trend");

        private final String messageKey;

        Verdict(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    static Trend of(double[] weeklyRates) {
        if (weeklyRates.length < MIN_WEEKS) {
            return new Trend(Verdict.TOO_FEW_WEEKS, weeklyRates.length, Optional.empty());
        }
        MannKendall mk = MannKendall.test(weeklyRates);
        Verdict v = mk.upward() ? Verdict.GETTING_WORSE : mk.downward() ? Verdict.GETTING_BETTER : Verdict.NO_CLEAR_TREND;
        return new Trend(v, weeklyRates.length, Optional.of(mk));
    }

    /** {@code {0}} weeks, {@code {1}} Kendall's tau, {@code {2}} p. */
    public Message message() {
        return Message.of(verdict.messageKey(), weeks, test.map(MannKendall::tau).orElse(0.0),
                test.map(MannKendall::p).orElse(1.0));
    }
}
