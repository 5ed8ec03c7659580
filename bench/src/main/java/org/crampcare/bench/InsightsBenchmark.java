package org.crampcare.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.crampcare.diary.Change;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Diary;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Exertion;
import org.crampcare.diary.Period;
import org.crampcare.diary.Place;
import org.crampcare.diary.RedFlag;
import org.crampcare.diary.Side;
import org.crampcare.diary.insight.ChangeComparison;
import org.crampcare.diary.insight.Insights;
import org.crampcare.diary.insight.TriageHistory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of the diary insights on a diary of {@value #ENTRIES} entries: {@value #DAYS} daily check-ins and
 * {@value #EPISODES} cramps over the same {@value #DAYS} nights (seeded, so every run sees the same diary), with
 * three changes. The target is the insights page for 2,000 entries under 50 ms at p99.
 *
 * <ul>
 *   <li>{@code insights}: {@link Insights#of} over every night of the diary (weeks, trend, worst nights, hours,
 *   places, pain, the seven factors, alerts and the three comparisons).</li>
 *   <li>{@code comparison}: one "did it help me?" comparison ({@link ChangeComparison#of}, run-in 7).</li>
 *   <li>{@code triageHistory}: the diary as the history of an assessment ({@link TriageHistory#of}).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InsightsBenchmark {
    static final int DAYS = 700;
    static final int EPISODES = 1300;
    static final int ENTRIES = DAYS + EPISODES;
    static final LocalDate FIRST = LocalDate.of(2025, 1, 6);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    Diary diary;
    Period all;
    Change change;
    LocalDate today;

    @Setup(Level.Trial)
    public void setUp() {
        diary = diary(20240601L);
        all = diary.used().orElseThrow();
        change = diary.changes().get(1);
        today = all.last().evening().plusDays(1);
    }

    static Diary diary(long seed) {
        Random r = new Random(seed);
        List<CheckIn> checkIns = new ArrayList<>(DAYS);
        for (int d = 0; d < DAYS; d++) {
            checkIns.add(new CheckIn(FIRST.plusDays(d), Optional.of(r.nextBoolean()),
                    Optional.of(Exertion.values()[r.nextInt(4)]), OptionalDouble.of(r.nextInt(10)),
                    OptionalDouble.of(0.5 + r.nextInt(6) * 0.5), OptionalInt.of(r.nextInt(4)), OptionalInt.of(r.nextInt(5)),
                    Optional.of(r.nextInt(3) == 0), Optional.empty(), Optional.empty()));
        }
        List<Episode> episodes = new ArrayList<>(EPISODES);
        for (int i = 0; i < EPISODES; i++) {
            LocalDate evening = FIRST.plusDays(r.nextInt(DAYS));
            // mostly between 22:00 and 06:00
            var at = evening.atTime(22, 0).plusMinutes(r.nextInt(8 * 60)).atZone(ZONE).toInstant();
            Set<RedFlag> flags = r.nextInt(500) == 0 ? EnumSet.of(RedFlag.LEG_RED_OR_WARM) : Set.of();
            episodes.add(new Episode(at, ZONE, Place.values()[r.nextInt(Place.values().length)],
                    Side.values()[r.nextInt(3)], r.nextInt(11), Optional.of(Duration.ofSeconds(20 + r.nextInt(600))),
                    Optional.of(r.nextBoolean()), Optional.empty(), Optional.empty(), flags));
        }
        List<Change> changes = List.of(
                new Change("Stretching before bed", FIRST.plusDays(120), Optional.empty()),
                new Change("Magnesium", FIRST.plusDays(300), Optional.of(FIRST.plusDays(420))),
                new Change("More water", FIRST.plusDays(500), Optional.empty()));
        return new Diary(episodes, checkIns, changes, ZONE);
    }

    @Benchmark
    public Insights insights() {
        return Insights.of(diary, all);
    }

    @Benchmark
    public ChangeComparison comparison() {
        return ChangeComparison.of(diary, change, ChangeComparison.DEFAULT_RUN_IN_NIGHTS);
    }

    @Benchmark
    public TriageHistory triageHistory() {
        return TriageHistory.of(diary, today);
    }
}
