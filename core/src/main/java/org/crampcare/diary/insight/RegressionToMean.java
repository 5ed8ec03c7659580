package org.crampcare.diary.insight;

/**
 * A warning that the "before" side may flatter the change: people often start a change when their cramps are at their
 * worst, and a bad spell tends to settle back on its own (regression to the mean).
 *
 * <p>Defined plainly: {@code recent} is the last {@link #RECENT_NIGHTS} observed nights before the change started,
 * {@code earlier} every observed night before those. The warning holds ({@link Status#WELL_ABOVE_EARLIER}) when the
 * recent rate is at least {@link #RATIO} times the earlier rate <em>and</em> at least {@link #MARGIN_PER_WEEK} cramp a
 * week above it. With fewer than {@link #RECENT_NIGHTS} nights on either side it cannot be told.
 */
public record RegressionToMean(Status status, Counts recent, Counts earlier) {
    public static final int RECENT_NIGHTS = 14;
    public static final double RATIO = 1.5;
    public static final double MARGIN_PER_WEEK = 1.0;
    public static final String KEY = "insights.change.regression_to_the_mean";

    public enum Status {
        NOT_ENOUGH_HISTORY, WELL_ABOVE_EARLIER, NOT_ABOVE_EARLIER
    }

    static RegressionToMean of(Counts recent, Counts earlier) {
        if (recent.nights() < RECENT_NIGHTS || earlier.nights() < RECENT_NIGHTS) {
            return new RegressionToMean(Status.NOT_ENOUGH_HISTORY, recent, earlier);
        }
        double r = recent.perWeek();
        double e = earlier.perWeek();
        boolean above = r >= RATIO * e && r - e >= MARGIN_PER_WEEK;
        return new RegressionToMean(above ? Status.WELL_ABOVE_EARLIER : Status.NOT_ABOVE_EARLIER, recent, earlier);
    }

    public boolean warns() {
        return status == Status.WELL_ABOVE_EARLIER;
    }

    /** {@code {0}} cramps a week in the recent nights, {@code {1}} earlier, {@code {2}} the recent nights. */
    public Message message() {
        return Message.of(KEY, recent.perWeek(), earlier.perWeek(), recent.nights());
    }
}
