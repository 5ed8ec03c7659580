package org.crampcare.app.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.crampcare.diary.Episode;
import org.crampcare.diary.Night;
import org.crampcare.diary.RedFlag;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link DoctorReport} from a diary extract: the headline counts, the charts, the entries, the medicines,
 * the red flags. What only the insights and the assessment know comes in {@link Findings}.
 */
@Component
public class DoctorReports {
    private final ReportCharts charts;

    public DoctorReports(ReportCharts charts) {
        this.charts = charts;
    }

    /**
     * What the insights and the assessment add to a report. {@link #none()} when they are not wired in: every change
     * is listed without a comparison, and there is no assessment section content.
     */
    public record Findings(List<String> summary, Map<ChartKind, Series> series, List<DoctorReport.Tried> tried,
            Optional<DoctorReport.Assessment> assessment) {
        public Findings {
            summary = List.copyOf(summary);
            series = Map.copyOf(series);
            tried = List.copyOf(tried);
        }

        public static Findings none() {
            return new Findings(List.of(), Map.of(), List.of(), Optional.empty());
        }
    }

    public DoctorReport assemble(DiaryExtract diary, Set<ReportSection> sections, Findings findings, Instant now,
            Locale locale) {
        List<Episode> episodes = diary.episodes().stream().filter(e -> diary.period().contains(e.night())).toList();
        Set<Night> nights = new HashSet<>();
        List<DoctorReport.FlagNote> flags = new ArrayList<>();
        for (Episode e : episodes) {
            nights.add(e.night());
            for (RedFlag f : RedFlag.values()) {
                if (e.redFlags().contains(f)) {
                    flags.add(new DoctorReport.FlagNote(e.night(), f));
                }
            }
        }
        int nightCount = diary.period().nights();
        OptionalDouble meanPain = episodes.stream().mapToInt(Episode::pain).average();
        var summary = new DoctorReport.Summary(episodes.size(), nightCount, nights.size(),
                episodes.size() * 7.0 / nightCount, meanPain, findings.summary());
        List<DoctorReport.Tried> tried = findings.tried().isEmpty()
                ? diary.changes().stream().map(c -> new DoctorReport.Tried(c, Optional.empty(), Optional.empty())).toList()
                : findings.tried();
        List<Chart> drawn = sections.contains(ReportSection.CHARTS)
                ? charts.charts(diary, findings.series(), locale) : List.of();
        return new DoctorReport(diary.subject(), diary.period(), now, sections, summary, drawn, episodes,
                diary.medicines(), tried, flags, findings.assessment());
    }
}
