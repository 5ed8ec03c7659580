package org.crampcare.app.report;

import java.util.Objects;

/**
 * The words of one chart, already in the reader's language: from {@code messages.properties}, never from Java.
 * {@code summary} is the one-sentence text summary (or {@code empty} when there is nothing to draw).
 */
public record ChartTexts(String title, String description, String xAxis, String yAxis, String summary, String empty,
        String column, String value) {
    public ChartTexts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(empty, "empty");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
    }
}
