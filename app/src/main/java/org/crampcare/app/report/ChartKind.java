package org.crampcare.app.report;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The pictures of a diary, each with its words in {@code messages.properties} under {@code report.chart.<key>.*}:
 * {@code title}, {@code desc}, {@code x}, {@code y}, {@code summary}, {@code empty}, {@code column}, {@code value}.
 */
public enum ChartKind {
    WEEKLY_COUNTS(Shape.BARS, OptionalDouble.empty()),
    BY_HOUR(Shape.BARS, OptionalDouble.empty()),
    BY_PLACE(Shape.ROWS, OptionalDouble.empty()),
    PAIN(Shape.LINE, OptionalDouble.of(10)),
    NIGHTS_WITH_CRAMP(Shape.BARS, OptionalDouble.of(7));

    /** Upright bars over time or hours, a line for pain, and rows of bars for places (their names are long). */
    public enum Shape {
        BARS, LINE, ROWS
    }

    private final Shape shape;
    private final OptionalDouble fixedMax;

    ChartKind(Shape shape, OptionalDouble fixedMax) {
        this.shape = shape;
        this.fixedMax = fixedMax;
    }

    public Shape shape() {
        return shape;
    }

    /** The top of the value axis when the scale is fixed (pain 0 to 10, nights of a week 0 to 7). */
    public OptionalDouble fixedMax() {
        return fixedMax;
    }

    /** "weekly_counts": the chart's message keys and element ids. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "weekly-counts": for ids and classes in the page. */
    public String id() {
        return key().replace('_', '-');
    }
}
