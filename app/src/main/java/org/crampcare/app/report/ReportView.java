package org.crampcare.app.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.crampcare.diary.Episode;
import org.crampcare.diary.RedFlag;
import org.springframework.context.MessageSource;

/**
 * A {@link DoctorReport} as the templates show it (the shared page and the PDF use the same fragments): every value
 * formatted for the reader's locale, every label from {@code messages.properties}.
 */
public record ReportView(String title, String subtitle, String subject, String generated, String zone,
        Set<String> sections, List<Row> summary, List<String> findings, List<Chart> charts, List<EntryRow> entries,
        List<String> medicines, List<TriedRow> tried, List<FlagRow> redFlags, AssessmentRow assessment) {

    public record Row(String label, String value) {
    }

    public record EntryRow(String night, String time, String place, String pain, String duration, String woke,
            String helped, String notes, String flags) {
    }

    public record TriedRow(String change, String started, String ended, String before, String after, String ratio,
            String verdict) {
    }

    public record FlagRow(String night, String sign) {
    }

    /** {@code level} is the contract id (for the class), {@code label} its name; null fields when there is none. */
    public record AssessmentRow(String level, String label, String headline, List<String> reasons) {
    }

    public boolean show(String section) {
        return sections.contains(section);
    }

    public static ReportView of(DoctorReport r, MessageSource messages, Locale locale) {
        var m = new Words(messages, locale);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        var s = r.summary();
        List<Row> summary = List.of(
                new Row(m.get("report.summary.cramps"), Integer.toString(s.cramps())),
                new Row(m.get("report.summary.nights"), Integer.toString(s.nights())),
                new Row(m.get("report.summary.nights_with_cramp"), Integer.toString(s.nightsWithCramp())),
                new Row(m.get("report.summary.per_week"), Chart.format(s.perWeek(), locale)),
                new Row(m.get("report.summary.mean_pain"), s.meanPain().isPresent()
                        ? Chart.format(s.meanPain().getAsDouble(), locale) : m.get("report.summary.none")));
        List<EntryRow> entries = r.entries().stream().map(e -> new EntryRow(date.format(e.night().evening()),
                time.format(e.at().atZone(r.subject().zone())), place(e, m), Integer.toString(e.pain()),
                e.duration().map(d -> m.get("report.minutes", Chart.format(d.toSeconds() / 60.0, locale)))
                        .orElse(m.get("report.unknown")),
                e.wokeMe().map(w -> m.get(w ? "report.yes" : "report.no")).orElse(m.get("report.unknown")),
                e.helped().orElse(""), e.notes().orElse(""),
                e.redFlags().stream().sorted().map(f -> flag(f, m)).collect(Collectors.joining("; ")))).toList();
        List<TriedRow> tried = r.tried().stream().map(t -> new TriedRow(t.change().description(),
                date.format(t.change().started()),
                t.change().ended().map(date::format).orElse(m.get("report.tried.ongoing")),
                t.comparison().map(c -> Chart.format(c.perWeekBefore(), locale)).orElse(""),
                t.comparison().map(c -> Chart.format(c.perWeekAfter(), locale)).orElse(""),
                t.comparison().map(c -> ratio(c.rateRatio(), locale) + " (" + ratio(c.low(), locale) + "–"
                        + ratio(c.high(), locale) + ")").orElse(""),
                t.verdict().orElse(m.get("report.tried.not_compared")))).toList();
        List<FlagRow> flags = r.redFlags().stream()
                .map(f -> new FlagRow(date.format(f.night().evening()), flag(f.flag(), m))).toList();
        AssessmentRow assessment = r.assessment().map(a -> new AssessmentRow(a.level().id(),
                m.get("report.level." + a.level().id()), a.headline(), a.reasons()))
                .orElse(new AssessmentRow(null, null, null, List.of()));
        return new ReportView(m.get("report.title"),
                m.get("report.subtitle", day(r.period().from(), date), day(r.period().to(), date)),
                r.subject().name().map(n -> m.get("report.for", n)).orElse(null),
                m.get("report.generated", date.format(r.generatedAt().atZone(r.subject().zone()).toLocalDate())),
                m.get("report.zone", r.subject().zone().getId()),
                r.sections().stream().map(ReportSection::key).collect(Collectors.toUnmodifiableSet()), summary,
                s.findings(), r.charts(), entries, r.medicines(), tried, flags, assessment);
    }

    private static String day(LocalDate d, DateTimeFormatter f) {
        return f.format(d);
    }

    private static String ratio(double v, Locale locale) {
        var f = java.text.NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    private static String place(Episode e, Words m) {
        return m.get("report.place_side", m.get("report.place." + e.place().contractId()),
                m.get("report.side." + e.side().contractId()));
    }

    private static String flag(RedFlag f, Words m) {
        return m.get("report.red_flag." + f.symptomId());
    }

    private record Words(MessageSource messages, Locale locale) {
        String get(String key, Object... args) {
            return messages.getMessage(key, args.length == 0 ? null : args, locale);
        }
    }
}
