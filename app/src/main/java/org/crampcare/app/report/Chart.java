package org.crampcare.app.report;

import java.util.List;

/**
 * A drawn chart, ready for a page or the PDF: the SVG markup ({@code role="img"}, a title and a description, no
 * inline style), the words around it, and the series, which the template also shows as a table for screen readers.
 */
public record Chart(ChartKind kind, ChartTexts texts, Series series, List<Row> rows, String svg) {

    /** A line of the data table: the point's label and its value formatted for the reader. */
    public record Row(String label, String value) {
    }

    public Chart {
        rows = List.copyOf(rows);
    }

    public boolean empty() {
        return series.isEmpty();
    }

    /** The sentence shown under the picture: what it says, or that there is nothing to show. */
    public String summary() {
        return empty() ? texts.empty() : texts.summary();
    }

    /** A value as the table and the summary show it: whole numbers without decimals, others with one. */
    public static String format(double value, java.util.Locale locale) {
        var f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setGroupingUsed(false);
        return f.format(value);
    }
}
