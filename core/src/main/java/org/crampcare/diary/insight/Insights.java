package org.crampcare.diary.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Diary;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Night;
import org.crampcare.diary.Period;
import org.crampcare.diary.Place;
import org.crampcare.diary.insight.NightIndex.Logged;

/**
 * What a diary shows over a period of nights: how often, the trend, the worst nights, the usual time, where on the
 * leg, how bad, which factors go with more or fewer cramps, the alerts, and what each change did; plus the series
 * the charts draw. Pure: the period is given, nothing reads a clock.
 *
 * <p>Only observed nights count (see {@link Diary}): {@code counts.nights()} of them, of the period's
 * {@code period.nights()}.
 *
 * @param observed the observed nights of the period (empty when the person was not using the diary then)
 * @param counts cramps over the observed nights of the period; {@link Counts#perWeek()} is the rate
 * @param nightsWithCramps observed nights with at least one cramp
 * @param weeks every week (Monday to Sunday) that the period touches, in order, with its observed nights
 * @param trend the trend of cramps a week over the period
 * @param worstNights up to {@link #WORST_NIGHTS} nights: most cramps, then worst pain, then the most recent
 * @param byHour the cramps by hour of the clock, all 24, in the order of a night: 12 to 23, then 0 to 11
 * @param usualTime when the cramps usually begin (empty without cramps)
 * @param byPlace the cramps by place on the leg, every place, in the order of {@link Place}
 * @param pain weekly pain, for the weeks with cramps
 * @param factors one result per {@link Factor}, in its order
 * @param alerts the alerts: frequent, getting worse, then each red flag in time order
 * @param changes the n-of-1 comparison of each change of the diary (with the default run-in; over the whole diary,
 *                not only the period)
 */
public record Insights(Period period, Optional<Period> observed, Counts counts, int nightsWithCramps,
        List<WeeklyCount> weeks, Trend trend, List<WorstNight> worstNights, List<HourCount> byHour,
        Optional<UsualTime> usualTime, List<PlaceCount> byPlace, List<WeeklyPain> pain, List<FactorResult> factors,
        List<Alert> alerts, List<ChangeComparison> changes) {

    public static final int WORST_NIGHTS = 5;
    public static final String SUMMARY_KEY = "insights.summary";
    public static final String NOT_LOGGED_KEY = "insights.not_logged";
    private static final int MINUTES_A_DAY = 24 * 60;

    public Insights {
        weeks = List.copyOf(weeks);
        worstNights = List.copyOf(worstNights);
        byHour = List.copyOf(byHour);
        byPlace = List.copyOf(byPlace);
        pain = List.copyOf(pain);
        factors = List.copyOf(factors);
        alerts = List.copyOf(alerts);
        changes = List.copyOf(changes);
    }

    public static Insights of(Diary diary, Period period) {
        return of(new NightIndex(diary), diary, period);
    }

    static Insights of(NightIndex index, Diary diary, Period period) {
        Optional<Period> observed = index.used().flatMap(u -> u.intersect(period));
        List<Logged> episodes = index.in(period);
        Counts counts = index.counts(period);
        int nightsWithCramps = (int) episodes.stream().map(Logged::evening).distinct().count();

        List<WeeklyCount> weeks = weeks(index, period);
        Trend trend = trend(weeks);

        List<Alert> alerts = new ArrayList<>();
        if (observed.isPresent() && observed.get().nights() >= Alert.Frequent.NIGHTS) {
            Period last = Period.ending(observed.get().last().evening(), Alert.Frequent.NIGHTS);
            int cramps = index.counts(last).cramps();
            if (cramps >= Alert.Frequent.AT_LEAST) {
                alerts.add(new Alert.Frequent(cramps, last.first(), last.last()));
            }
        }
        if (trend.verdict() == Trend.Verdict.GETTING_WORSE) {
            alerts.add(new Alert.GettingWorse(trend));
        }
        for (Logged l : episodes) {
            Episode e = l.episode();
            Alert.RedFlagLogged a = new Alert.RedFlagLogged(e.at(), l.night(), e.redFlags(), e.duration());
            if (!e.redFlags().isEmpty() || a.longCramp()) {
                alerts.add(a);
            }
        }

        List<ChangeComparison> changes = diary.changes().stream()
                .map(c -> ChangeComparison.of(index, c, ChangeComparison.DEFAULT_RUN_IN_NIGHTS)).toList();

        return new Insights(period, observed, counts, nightsWithCramps, weeks, trend, worstNights(episodes),
                byHour(episodes), usualTime(episodes), byPlace(episodes), pain(episodes),
                factors(index, diary.checkIns(), period), alerts, changes);
    }

    /**
     * {@code {0}} cramps, {@code {1}} observed nights, {@code {2}} cramps a week, {@code {3}} nights with a cramp; or,
     * when no night of the period was observed, {@link #NOT_LOGGED_KEY} with {@code {0}} the nights of the period.
     */
    public Message summary() {
        return observed.isEmpty() ? Message.of(NOT_LOGGED_KEY, period.nights())
                : Message.of(SUMMARY_KEY, counts.cramps(), counts.nights(), counts.perWeek(), nightsWithCramps);
    }

    /** The trend of a period alone (the triage history needs no more). */
    static Trend trend(NightIndex index, Period period) {
        return trend(weeks(index, period));
    }

    private static Trend trend(List<WeeklyCount> weeks) {
        return Trend.of(weeks.stream().filter(w -> w.nightsObserved() >= Trend.MIN_NIGHTS_PER_WEEK)
                .mapToDouble(WeeklyCount::perWeek).toArray());
    }

    static LocalDate weekStart(LocalDate evening) {
        return evening.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static List<WeeklyCount> weeks(NightIndex index, Period period) {
        List<WeeklyCount> out = new ArrayList<>();
        for (LocalDate start = weekStart(period.first().evening()); !start.isAfter(period.last().evening());
                start = start.plusWeeks(1)) {
            int observed = 0;
            int cramps = 0;
            int withCramps = 0;
            for (LocalDate d = start; d.isBefore(start.plusWeeks(1)); d = d.plusDays(1)) {
                if (period.contains(d) && index.observed(d)) {
                    observed++;
                    int c = index.cramps(d);
                    cramps += c;
                    withCramps += c > 0 ? 1 : 0;
                }
            }
            out.add(new WeeklyCount(start, observed, cramps, withCramps));
        }
        return out;
    }

    private static List<WorstNight> worstNights(List<Logged> episodes) {
        Map<Night, int[]> nights = new TreeMap<>();
        for (Logged l : episodes) {
            int[] v = nights.computeIfAbsent(l.night(), k -> new int[2]);
            v[0]++;
            v[1] = Math.max(v[1], l.episode().pain());
        }
        return nights.entrySet().stream()
                .map(n -> new WorstNight(n.getKey(), n.getValue()[0], n.getValue()[1]))
                .sorted(Comparator.comparingInt(WorstNight::cramps).reversed()
                        .thenComparing(Comparator.comparingInt(WorstNight::worstPain).reversed())
                        .thenComparing(Comparator.comparing(WorstNight::night).reversed()))
                .limit(WORST_NIGHTS)
                .toList();
    }

    /** The hours in the order of a night, from noon. */
    private static int hourOfNight(int position) {
        return (position + 12) % 24;
    }

    private static List<HourCount> byHour(List<Logged> episodes) {
        int[] counts = new int[24];
        for (Logged l : episodes) {
            counts[l.time().getHour()]++;
        }
        List<HourCount> out = new ArrayList<>(24);
        for (int i = 0; i < 24; i++) {
            out.add(new HourCount(hourOfNight(i), counts[hourOfNight(i)]));
        }
        return out;
    }

    private static Optional<UsualTime> usualTime(List<Logged> episodes) {
        if (episodes.isEmpty()) {
            return Optional.empty();
        }
        int[] minutes = episodes.stream().mapToInt(Insights::minutesFromNoon).sorted().toArray();
        int[] hours = new int[24];
        for (int m : minutes) {
            hours[m / 60]++;
        }
        int busiest = 0;
        for (int i = 1; i < 24; i++) {
            busiest = hours[i] > hours[busiest] ? i : busiest;
        }
        return Optional.of(new UsualTime(clock(rank(minutes, 0.5)), clock(rank(minutes, 0.25)),
                clock(rank(minutes, 0.75)), hourOfNight(busiest)));
    }

    /** Minutes since the noon that began the night (0 to 1439). */
    static int minutesFromNoon(Logged l) {
        LocalTime t = l.time();
        return Math.floorMod(t.getHour() * 60 + t.getMinute() - 12 * 60, MINUTES_A_DAY);
    }

    /** The nearest-rank quantile of sorted values: the smallest value with at least a share q at or below it. */
    private static int rank(int[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, i)];
    }

    private static LocalTime clock(int minutesFromNoon) {
        return LocalTime.NOON.plusMinutes(minutesFromNoon);
    }

    private static List<PlaceCount> byPlace(List<Logged> episodes) {
        Map<Place, Integer> counts = new EnumMap<>(Place.class);
        for (Place p : Place.values()) {
            counts.put(p, 0);
        }
        episodes.forEach(l -> counts.merge(l.episode().place(), 1, Integer::sum));
        return counts.entrySet().stream().map(c -> new PlaceCount(c.getKey(), c.getValue())).toList();
    }

    private static List<WeeklyPain> pain(List<Logged> episodes) {
        Map<LocalDate, int[]> weeks = new TreeMap<>();
        for (Logged l : episodes) {
            int pain = l.episode().pain();
            int[] v = weeks.computeIfAbsent(weekStart(l.evening()), k -> new int[3]);
            v[0]++;
            v[1] += pain;
            v[2] = Math.max(v[2], pain);
        }
        return weeks.entrySet().stream()
                .map(w -> new WeeklyPain(w.getKey(), w.getValue()[0], (double) w.getValue()[1] / w.getValue()[0],
                        w.getValue()[2]))
                .toList();
    }

    private static List<FactorResult> factors(NightIndex index, List<CheckIn> checkIns, Period period) {
        // one check-in a day: a later one for the same day replaces the earlier
        Map<LocalDate, CheckIn> days = new TreeMap<>();
        for (CheckIn c : checkIns) {
            if (period.contains(c.night()) && index.observed(c.night().evening())) {
                days.put(c.day(), c);
            }
        }
        List<FactorResult> out = new ArrayList<>(Factor.values().length);
        for (Factor f : Factor.values()) {
            int nightsWith = 0;
            int crampsWith = 0;
            int nightsWithout = 0;
            int crampsWithout = 0;
            for (CheckIn c : days.values()) {
                Optional<Boolean> on = f.on(c);
                if (on.isEmpty()) {
                    continue;
                }
                int cramps = index.cramps(c.night().evening());
                if (on.get()) {
                    nightsWith++;
                    crampsWith += cramps;
                } else {
                    nightsWithout++;
                    crampsWithout += cramps;
                }
            }
            if (nightsWith < FactorResult.MIN_DAYS || nightsWithout < FactorResult.MIN_DAYS) {
                out.add(new FactorResult.TooFewDays(f, nightsWith, nightsWithout));
            } else {
                RateRatio r = RateRatio.of(new Counts(crampsWithout, nightsWithout), new Counts(crampsWith, nightsWith));
                out.add(new FactorResult.Compared(f, r, FactorResult.Verdict.of(r)));
            }
        }
        return out;
    }
}
