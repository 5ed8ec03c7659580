package org.crampcare.app.insight;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crampcare.app.diary.DiaryAlerts;
import org.crampcare.app.diary.InsightWords;
import org.crampcare.app.report.Chart;
import org.crampcare.diary.insight.ChangeComparison;
import org.crampcare.diary.insight.FactorResult;
import org.crampcare.diary.insight.Insights;
import org.crampcare.diary.insight.RateRatio;
import org.springframework.context.MessageSource;

/**
 * The insights page's values, every word from the message bundles (the insights' sentences from
 * {@code diary/insights.properties}, labels from {@code messages.properties}), every number and date formatted for
 * the reader.
 */
record InsightsView(String from, String to, String period, String summary, List<Chart> charts, String trend,
        List<WorstRow> worstNights, Optional<String> usualTime, List<FactorRow> factors, List<ChangeView> changes,
        List<DiaryAlerts.AlertView> alerts) {

    record WorstRow(String night, int cramps, int worstPain) {
    }

    record FactorRow(String name, String text, boolean compared) {
    }

    /**
     * One "Did it help me?" block: the counts on each side, their rates a week, the rate ratio with its 95% interval
     * and p (empty when it cannot be given), the verdict, the run-in note and the regression-to-the-mean warning.
     */
    record ChangeView(String description, String dates, int beforeCramps, int beforeNights, int afterCramps,
            int afterNights, String beforeRate, String afterRate, Optional<String> ratio, Optional<String> p,
            String verdict, Optional<String> runIn, Optional<String> regression) {
    }

    static InsightsView of(DiaryInsights.Computed c, List<Chart> charts, List<DiaryAlerts.AlertView> alerts,
            InsightWords words, MessageSource messages, Locale locale) {
        Insights i = c.insights();
        DateTimeFormatter date = InsightWords.date(locale);
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm", locale);
        List<WorstRow> worst = i.worstNights().stream()
                .map(w -> new WorstRow(date.format(w.night().evening()), w.cramps(), w.worstPain())).toList();
        Optional<String> usual = i.usualTime().map(u -> messages.getMessage("insights.page.usual_time",
                new Object[] { clock.format(u.from()), clock.format(u.median()), clock.format(u.to()) }, locale));
        List<FactorRow> factors = i.factors().stream().map(f -> new FactorRow(
                messages.getMessage(f.factor().messageKey(), null, locale), words.text(f.message(), locale),
                f instanceof FactorResult.Compared)).toList();
        List<ChangeView> changes = i.changes().stream().map(x -> change(x, words, messages, locale, date)).toList();
        return new InsightsView(c.period().from().toString(), c.period().to().toString(),
                messages.getMessage("report.subtitle", new Object[] { date.format(c.period().from()),
                    date.format(c.period().to()) }, locale),
                words.text(i.summary(), locale), charts, words.text(i.trend().message(), locale), worst, usual, factors,
                changes, alerts);
    }

    static ChangeView change(ChangeComparison x, InsightWords words, MessageSource messages, Locale locale,
            DateTimeFormatter date) {
        LocalDate started = x.change().started();
        String dates = x.change().ended()
                .map(e -> messages.getMessage("insights.page.change.from_to", new Object[] { date.format(started),
                    date.format(e) }, locale))
                .orElse(messages.getMessage("insights.page.change.since", new Object[] { date.format(started) }, locale));
        Optional<String> ratio = x.ratio().flatMap(r -> ratio(r, messages, locale));
        Optional<String> p = x.ratio().filter(r -> !r.noCramps())
                .map(r -> messages.getMessage("insights.page.change.p", new Object[] { r.p() }, locale));
        return new ChangeView(x.change().description(), dates, x.beforeCounts().cramps(), x.beforeCounts().nights(),
                x.afterCounts().cramps(), x.afterCounts().nights(), rate(x.beforeCounts().perWeek(), locale),
                rate(x.afterCounts().perWeek(), locale), ratio, p, words.text(x.message(), locale),
                x.runInNote().map(m -> words.text(m, locale)), x.regressionWarning().map(m -> words.text(m, locale)));
    }

    /** "0.46 (95% interval 0.20 to 1.02)"; with no cramps before, the interval has no upper end. */
    static Optional<String> ratio(RateRatio r, MessageSource messages, Locale locale) {
        if (r.noCramps()) {
            return Optional.empty();
        }
        if (r.ratio().isEmpty() || r.upper().isEmpty()) {
            return Optional.of(messages.getMessage("insights.page.change.ratio_unbounded",
                    new Object[] { two(r.lower(), locale) }, locale));
        }
        return Optional.of(messages.getMessage("insights.page.change.ratio", new Object[] {
            two(r.ratio().getAsDouble(), locale), two(r.lower(), locale), two(r.upper().getAsDouble(), locale) }, locale));
    }

    static String rate(double perWeek, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(perWeek);
    }

    static String two(double v, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }
}
