package org.crampcare.app.report;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.crampcare.diary.insight.Insights;
import org.crampcare.diary.insight.WeeklyCount;
import org.crampcare.diary.insight.WeeklyPain;

/**
 * The charts' series from the diary insights rather than counted again from the episodes: cramps and nights with a
 * cramp per week (observed nights only), mean pain of each week with cramps, cramps by hour of the night. Places are
 * left to {@link ReportCharts}, which names them from the messages.
 */
public final class InsightSeries {
    private InsightSeries() {
    }

    /** The insights' series for the charts (see {@link Series} for what each point means). */
    public static Map<ChartKind, Series> of(Insights insights, Locale locale) {
        DateTimeFormatter week = DateTimeFormatter.ofPattern("d MMM", locale);
        Map<ChartKind, Series> out = new EnumMap<>(ChartKind.class);
        out.put(ChartKind.WEEKLY_COUNTS, new Series(insights.weeks().stream()
                .map(w -> new Point(w.weekStart().toString(), week.format(w.weekStart()), w.cramps())).toList()));
        out.put(ChartKind.NIGHTS_WITH_CRAMP, new Series(insights.weeks().stream()
                .map((WeeklyCount w) -> new Point(w.weekStart().toString(), week.format(w.weekStart()), w.nightsWithCramps()))
                .toList()));
        out.put(ChartKind.PAIN, new Series(insights.pain().stream()
                .map((WeeklyPain w) -> new Point(w.weekStart().toString(), week.format(w.weekStart()), w.meanPain()))
                .toList()));
        out.put(ChartKind.BY_HOUR, new Series(insights.byHour().stream().map(h -> new Point(
                String.format(Locale.ROOT, "%02d", h.hour()), String.format(Locale.ROOT, "%02d:00", h.hour()), h.count()))
                .toList()));
        return out;
    }

}
