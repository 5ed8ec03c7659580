package org.crampcare.app.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.crampcare.diary.Change;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Episode;

/**
 * What {@link ReportData} gives a report: one account's diary for a period. Episodes are those whose night is in the
 * period, in time order; check-ins those whose day is in it; changes every change that overlaps it; medicines the
 * names the person gave for what they take, as typed.
 */
public record DiaryExtract(ReportSubject subject, Period period, List<Episode> episodes, List<CheckIn> checkIns,
        List<Change> changes, List<String> medicines) {
    public DiaryExtract {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        episodes = episodes.stream().sorted(Comparator.comparing(Episode::at)).toList();
        checkIns = List.copyOf(checkIns);
        changes = List.copyOf(changes);
        medicines = List.copyOf(medicines);
    }
}
