package org.crampcare.app.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The five pictures of a diary in the reader's language: their words from {@code messages.properties}
 * ({@code report.chart.<kind>.*}), their numbers from a {@link Series} each. Series not given are counted from the
 * episodes ({@link ChartSeries}); the integrator may pass the insights' own series instead.
 */
@Component
public class ReportCharts {
    private final MessageSource messages;

    public ReportCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** Every chart, from the diary of the period. */
    public List<Chart> charts(DiaryExtract diary, Locale locale) {
        return charts(diary, Map.of(), locale);
    }

    /** Every chart; a series in {@code given} is drawn as it is, the others are counted from the episodes. */
    public List<Chart> charts(DiaryExtract diary, Map<ChartKind, Series> given, Locale locale) {
        ChartSeries counted = new ChartSeries(diary.period(), diary.episodes(), locale);
        Map<ChartKind, Series> all = new EnumMap<>(ChartKind.class);
        for (ChartKind kind : ChartKind.values()) {
            all.put(kind, given.containsKey(kind) ? given.get(kind)
                    : counted.series(kind, p -> messages.getMessage("report.place." + p.contractId(), null, locale)));
        }
        List<Chart> charts = new ArrayList<>();
        all.forEach((kind, series) -> charts.add(chart(kind, series, locale)));
        return charts;
    }

    public Chart chart(ChartKind kind, Series series, Locale locale) {
        return SvgCharts.draw(kind, series, texts(kind, series, locale), locale);
    }

    ChartTexts texts(ChartKind kind, Series series, Locale locale) {
        String k = "report.chart." + kind.key() + ".";
        Object[] args = summaryArguments(series, locale);
        return new ChartTexts(word(k + "title", locale), word(k + "desc", locale), word(k + "x", locale),
                word(k + "y", locale), messages.getMessage(k + "summary", args, locale), word(k + "empty", locale),
                word(k + "column", locale), word(k + "value", locale));
    }

    /** {0} the total, {1} the highest value, {2} its label, {3} the number of points, {4} the mean value. */
    static Object[] summaryArguments(Series series, Locale locale) {
        var highest = series.highest();
        double mean = series.points().isEmpty() ? 0 : series.total() / series.points().size();
        return new Object[] { Chart.format(series.total(), locale), Chart.format(series.max(), locale),
                highest.map(Point::label).orElse(""), Integer.toString(series.points().size()),
                Chart.format(mean, locale) };
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
