package org.crampcare.diary.insight;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.crampcare.diary.Change;
import org.crampcare.diary.Diary;
import org.crampcare.diary.Period;
import org.crampcare.diary.insight.NightIndex.Logged;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The diary turned into the {@code history} of an assessment request (contract v1 with its optional extension
 * {@code self_care_weeks} and {@code improving}), as of a day. A field the diary cannot tell is left out (unknown),
 * so the questionnaire still asks it; where the diary is unsure, a field is given only in the direction that can raise
 * the level, never lower it.
 *
 * <p>The last night counted is the one of the evening before {@code today}. Definitions:
 * <ul>
 * <li>{@code episodes_per_week}: cramps over the observed nights among the last {@value #RATE_NIGHTS}, times 7 over
 * those nights; only with at least {@value #MIN_RATE_NIGHTS} observed nights.</li>
 * <li>{@code worsening}: true when the cramps a week of the last {@value #TREND_WEEKS} weeks show a significant upward
 * trend ({@link Trend}); otherwise left out (no significant trend is not proof that they are not getting worse).</li>
 * <li>{@code disturbs_sleep}: of the cramps of the last {@value #TREND_WEEKS} weeks whose "woke me" was answered, true
 * when at least half woke the person, false when fewer did; left out when none was answered.</li>
 * <li>{@code weeks_since_onset}: weeks (one decimal, rounded down) from the night of the first cramp in the diary;
 * the cramps may have begun earlier, so this is at least the true figure.</li>
 * <li>{@code mostly_at_night}: more than half of the cramps of the last {@value #TREND_WEEKS} weeks began between
 * 20:00 and 07:59.</li>
 * <li>{@code self_care_weeks}: weeks (one decimal, rounded down) since the start of the earliest change still going
 * on {@code today} (a change is something the person tried for the cramps).</li>
 * <li>{@code improving}: from that change's {@link ChangeComparison} (default run-in): true when cramps are fewer and
 * unlikely to be chance; left out when there are too few nights or no cramps; false otherwise (no clear improvement).</li>
 * </ul>
 */
public record TriageHistory(OptionalDouble episodesPerWeek, Optional<Boolean> worsening, Optional<Boolean> disturbsSleep,
        OptionalDouble weeksSinceOnset, Optional<Boolean> mostlyAtNight, OptionalDouble selfCareWeeks,
        Optional<Boolean> improving) {

    public static final int RATE_NIGHTS = 28;
    public static final int MIN_RATE_NIGHTS = 7;
    public static final int TREND_WEEKS = 12;
    public static final LocalTime NIGHT_FROM = LocalTime.of(20, 0);
    public static final LocalTime NIGHT_UNTIL = LocalTime.of(8, 0);

    public static TriageHistory of(Diary diary, LocalDate today) {
        NightIndex index = new NightIndex(diary);
        LocalDate lastEvening = today.minusDays(1);

        Counts recent = index.counts(Period.ending(lastEvening, RATE_NIGHTS));
        OptionalDouble perWeek = recent.nights() >= MIN_RATE_NIGHTS ? OptionalDouble.of(recent.perWeek())
                : OptionalDouble.empty();

        Period window = Period.ending(lastEvening, TREND_WEEKS * 7);
        Optional<Boolean> worsening = Insights.trend(index, window).verdict() == Trend.Verdict.GETTING_WORSE ? Optional.of(true)
                : Optional.empty();

        List<Logged> inWindow = index.in(window);
        List<Boolean> woke = inWindow.stream().flatMap(l -> l.episode().wokeMe().stream()).toList();
        Optional<Boolean> disturbs = woke.isEmpty() ? Optional.empty()
                : Optional.of(2 * woke.stream().filter(w -> w).count() >= woke.size());
        Optional<Boolean> atNight = inWindow.isEmpty() ? Optional.empty()
                : Optional.of(2 * inWindow.stream().filter(TriageHistory::atNight).count() > inWindow.size());

        OptionalDouble onset = index.logged().stream().map(Logged::evening).min(Comparator.naturalOrder())
                .filter(first -> !first.isAfter(today))
                .map(first -> OptionalDouble.of(weeks(first, today))).orElse(OptionalDouble.empty());

        Optional<Change> selfCare = diary.changes().stream()
                .filter(c -> !c.started().isAfter(today) && c.ended().map(e -> !e.isBefore(today)).orElse(true))
                .min(Comparator.comparing(Change::started));
        OptionalDouble selfCareWeeks = selfCare.map(c -> OptionalDouble.of(weeks(c.started(), today)))
                .orElse(OptionalDouble.empty());
        Optional<Boolean> improving = selfCare.flatMap(c -> improving(
                ChangeComparison.of(index, c, ChangeComparison.DEFAULT_RUN_IN_NIGHTS).verdict()));

        return new TriageHistory(perWeek, worsening, disturbs, onset, atNight, selfCareWeeks, improving);
    }

    private static Optional<Boolean> improving(ChangeComparison.Verdict v) {
        return switch (v) {
            case FEWER_AND_UNLIKELY_CHANCE -> Optional.of(true);
            case TOO_FEW_NIGHTS, NO_CRAMPS_EITHER_SIDE -> Optional.empty();
            case FEWER_BUT_COULD_BE_CHANCE, MORE_AND_UNLIKELY_CHANCE, MORE_BUT_COULD_BE_CHANCE, NO_CLEAR_DIFFERENCE ->
                    Optional.of(false);
        };
    }

    private static boolean atNight(Logged l) {
        LocalTime t = l.time();
        return !t.isBefore(NIGHT_FROM) || t.isBefore(NIGHT_UNTIL);
    }

    /** Weeks from one date to another, to one decimal, rounded down. */
    private static double weeks(LocalDate from, LocalDate to) {
        return Math.floor(ChronoUnit.DAYS.between(from, to) / 7.0 * 10) / 10;
    }

    /** The {@code history} object of a contract v1 request, with the fields the diary can tell. */
    public ObjectNode json() {
        ObjectNode h = JsonNodeFactory.instance.objectNode();
        episodesPerWeek.ifPresent(v -> h.put("episodes_per_week", v));
        worsening.ifPresent(v -> h.put("worsening", v));
        disturbsSleep.ifPresent(v -> h.put("disturbs_sleep", v));
        weeksSinceOnset.ifPresent(v -> h.put("weeks_since_onset", v));
        mostlyAtNight.ifPresent(v -> h.put("mostly_at_night", v));
        selfCareWeeks.ifPresent(v -> h.put("self_care_weeks", v));
        improving.ifPresent(v -> h.put("improving", v));
        return h;
    }
}
