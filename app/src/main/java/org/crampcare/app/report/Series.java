package org.crampcare.app.report;

import java.util.List;
import java.util.Optional;

/**
 * The values one chart draws, in the order they are drawn (time order, or 12:00 to 11:59 for the hours of a night).
 *
 * <p>For the integrator, how the diary insights map onto a series: weekly counts become one point per week (key the
 * Monday's ISO date, value the number of cramps); counts by hour one point per hour, 12 to 23 then 0 to 11 (key "12",
 * value the cramps that began in that hour); counts by place one point per {@code Place} in its enum order (key its
 * contract id); pain over time one point per week that has cramps (value the mean pain 0 to 10); nights with a cramp
 * one point per week (value the nights of that week with at least one cramp, 0 to 7). {@link ChartSeries} computes
 * exactly these from the episodes, so a report works before the insights are wired in.
 */
public record Series(List<Point> points) {
    public Series {
        points = List.copyOf(points);
    }

    public static Series of(Point... points) {
        return new Series(List.of(points));
    }

    public double total() {
        return points.stream().mapToDouble(Point::value).sum();
    }

    /** Nothing to draw: no points, or every value is zero. */
    public boolean isEmpty() {
        return points.stream().allMatch(p -> p.value() == 0);
    }

    /** The first point with the largest value. */
    public Optional<Point> highest() {
        Point best = null;
        for (Point p : points) {
            if (best == null || p.value() > best.value()) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    public double max() {
        return highest().map(Point::value).orElse(0.0);
    }
}
