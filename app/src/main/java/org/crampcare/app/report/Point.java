package org.crampcare.app.report;

import java.util.Objects;

/**
 * One value of a chart: {@code key} is what it stands for in machine form (an ISO week's Monday "2026-11-30", an hour
 * "02", a place "calf"), {@code label} how the chart and its table name it ("30 Nov", "02:00", "Calf").
 */
public record Point(String key, String label, double value) {
    public Point {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            throw new IllegalArgumentException("a chart value is a finite number, not negative: " + value);
        }
    }
}
