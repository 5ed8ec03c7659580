package org.crampcare.app.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.diary.Diaries;
import org.crampcare.app.diary.DiaryTriage;
import org.crampcare.app.diary.InsightWords;
import org.crampcare.diary.Diary;
import org.crampcare.diary.insight.ChangeComparison;
import org.crampcare.diary.insight.Insights;
import org.crampcare.diary.insight.Message;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@link ReportFindings} from the diary insights and the triage: the insights' sentences for the summary (how often,
 * the trend and its test, the usual time, the worst nights), the insights' own series for the charts, every change
 * with its n-of-1 comparison (over the whole diary, as on the insights page) and its verdict in words with the run-in
 * note and the regression-to-the-mean warning, and the assessment of the diary's history as of the report's day
 * (level, headline and reasons from the knowledge base).
 */
@Component
class InsightFindings implements ReportFindings {
    private final Diaries diaries;
    private final DiaryTriage triage;
    private final InsightWords words;
    private final MessageSource messages;

    InsightFindings(Diaries diaries, DiaryTriage triage, InsightWords words, MessageSource messages) {
        this.diaries = diaries;
        this.triage = triage;
        this.words = words;
        this.messages = messages;
    }

    @Override
    public DoctorReports.Findings findings(AccountId account, DiaryExtract extract, Locale locale) {
        Diary whole = diaries.whole(account);
        Insights insights = Insights.of(whole, StoredReportData.nights(extract.period()));
        List<String> summary = new ArrayList<>();
        summary.add(words.text(insights.summary(), locale));
        summary.add(words.text(insights.trend().message(), locale));
        insights.usualTime().ifPresent(u -> summary.add(messages.getMessage("insights.page.usual_time",
                new Object[] { clock(u.from(), locale), clock(u.median(), locale), clock(u.to(), locale) }, locale)));
        if (!insights.worstNights().isEmpty()) {
            DateTimeFormatter date = InsightWords.date(locale);
            var worst = insights.worstNights().get(0);
            summary.add(messages.getMessage("insights.page.worst_night", new Object[] {
                date.format(worst.night().evening()), worst.cramps(), worst.worstPain() }, locale));
        }

        List<DoctorReport.Tried> tried = new ArrayList<>();
        for (var change : extract.changes()) {
            Optional<ChangeComparison> c = insights.changes().stream().filter(x -> x.change().equals(change)).findFirst();
            tried.add(new DoctorReport.Tried(change, c.flatMap(InsightFindings::comparison),
                    c.map(x -> verdict(x, locale))));
        }

        var checked = triage.check(account);
        return new DoctorReports.Findings(summary, InsightSeries.of(insights, locale), tried,
                Optional.of(DoctorReport.Assessment.of(checked.step().result().triage())));
    }

    /** The verdict, then the run-in note and the regression-to-the-mean warning when they apply. */
    String verdict(ChangeComparison c, Locale locale) {
        List<Message> parts = new ArrayList<>();
        parts.add(c.message());
        c.runInNote().ifPresent(parts::add);
        c.regressionWarning().ifPresent(parts::add);
        return String.join(" ", parts.stream().map(m -> words.text(m, locale)).toList());
    }

    /** The figures, when the ratio and both ends of its interval are finite. */
    static Optional<DoctorReport.Comparison> comparison(ChangeComparison c) {
        return c.ratio().filter(r -> r.ratio().isPresent() && r.upper().isPresent())
                .map(r -> new DoctorReport.Comparison(c.beforeCounts().perWeek(), c.afterCounts().perWeek(),
                        r.ratio().getAsDouble(), r.lower(), r.upper().getAsDouble()));
    }

    private static String clock(java.time.LocalTime t, Locale locale) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).format(t);
    }
}
