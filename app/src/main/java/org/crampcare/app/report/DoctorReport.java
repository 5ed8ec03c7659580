package org.crampcare.app.report;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.crampcare.assessment.AssessmentResult;
import org.crampcare.diary.Change;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Night;
import org.crampcare.diary.RedFlag;
import org.crampcare.rules.Level;

/**
 * Everything a report for the doctor shows, section by section; a section not in {@code sections} is left out of
 * the PDF and the shared page even when its data is here. The integrator fills it from storage and the insights:
 * {@link DoctorReports#assemble} does the counting, the caller gives what only the insights and the assessment know
 * (the findings, the comparisons, the level). No field holds advice written in Java: findings and verdicts are
 * sentences the insights built from {@code messages.properties}, the assessment's headline and reasons come from
 * the knowledge base.
 */
public record DoctorReport(
        ReportSubject subject,
        Period period,
        Instant generatedAt,
        Set<ReportSection> sections,
        Summary summary,
        List<Chart> charts,
        List<Episode> entries,
        List<String> medicines,
        List<Tried> tried,
        List<FlagNote> redFlags,
        Optional<Assessment> assessment) {

    public DoctorReport {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(generatedAt, "generatedAt");
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        Objects.requireNonNull(summary, "summary");
        charts = List.copyOf(charts);
        entries = List.copyOf(entries);
        medicines = List.copyOf(medicines);
        tried = List.copyOf(tried);
        redFlags = List.copyOf(redFlags);
        Objects.requireNonNull(assessment, "assessment");
    }

    public boolean has(ReportSection section) {
        return sections.contains(section);
    }

    /**
     * The headline numbers, and the insights' own sentences about them (the trend and its test, the usual time, the
     * worst nights), already in the reader's language.
     */
    public record Summary(int cramps, int nights, int nightsWithCramp, double perWeek, OptionalDouble meanPain,
            List<String> findings) {
        public Summary {
            findings = List.copyOf(findings);
        }
    }

    /**
     * A change the person tried and, when the insights compared it, the figures and the verdict in words (a
     * sentence that never claims more than the interval allows, written by the insights from the messages).
     */
    public record Tried(Change change, Optional<Comparison> comparison, Optional<String> verdict) {
        public Tried {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /** Cramps per week before and after a change, the rate ratio after/before and its 95% interval. */
    public record Comparison(double perWeekBefore, double perWeekAfter, double rateRatio, double low, double high) {
    }

    /** A warning sign recorded with a cramp. */
    public record FlagNote(Night night, RedFlag flag) {
    }

    /** The assessment's level and the reasons for it, the knowledge base's words as the engine gave them. */
    public record Assessment(Level level, String headline, List<String> reasons) {
        public Assessment {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(headline, "headline");
            reasons = List.copyOf(reasons);
        }

        public static Assessment of(AssessmentResult.Triage triage) {
            return new Assessment(triage.level(), triage.headline(),
                    triage.reasons().stream().map(AssessmentResult.Reason::text).toList());
        }
    }
}
