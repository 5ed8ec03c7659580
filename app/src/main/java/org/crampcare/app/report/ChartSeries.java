package org.crampcare.app.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.crampcare.diary.Episode;
import org.crampcare.diary.Night;
import org.crampcare.diary.Place;

/**
 * The series of the five pictures, counted straight from the episodes of a period (see {@link Series} for what each
 * point means). Weeks run Monday to Sunday by the evening of each night, and a week at either end of the period
 * counts only its nights inside the period. Hours and nights are in each episode's own zone.
 */
public final class ChartSeries {
    private final Period period;
    private final List<Episode> episodes;
    private final DateTimeFormatter weekLabel;

    public ChartSeries(Period period, List<Episode> episodes, Locale locale) {
        this.period = period;
        this.episodes = episodes.stream().filter(e -> period.contains(e.night())).toList();
        this.weekLabel = DateTimeFormatter.ofPattern("d MMM", locale);
    }

    public Series series(ChartKind kind, Function<Place, String> placeLabel) {
        return switch (kind) {
            case WEEKLY_COUNTS -> weekly();
            case BY_HOUR -> byHour();
            case BY_PLACE -> byPlace(placeLabel);
            case PAIN -> pain();
            case NIGHTS_WITH_CRAMP -> nightsWithCramp();
        };
    }

    static LocalDate weekOf(Night night) {
        return night.evening().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Every week of the period, in order, even those with nothing in them. */
    private Map<LocalDate, List<Episode>> weeks() {
        Map<LocalDate, List<Episode>> weeks = new LinkedHashMap<>();
        for (LocalDate w = weekOf(new Night(period.from())); !w.isAfter(period.to()); w = w.plusWeeks(1)) {
            weeks.put(w, new ArrayList<>());
        }
        for (Episode e : episodes) {
            weeks.get(weekOf(e.night())).add(e);
        }
        return weeks;
    }

    private Point week(LocalDate monday, double value) {
        return new Point(monday.toString(), weekLabel.format(monday), value);
    }

    Series weekly() {
        List<Point> points = new ArrayList<>();
        weeks().forEach((w, list) -> points.add(week(w, list.size())));
        return new Series(points);
    }

    Series byHour() {
        int[] counts = new int[24];
        for (Episode e : episodes) {
            counts[e.at().atZone(e.zone()).getHour()]++;
        }
        List<Point> points = new ArrayList<>(24);
        for (int i = 0; i < 24; i++) {
            int hour = (Night.BOUNDARY.getHour() + i) % 24;
            points.add(new Point(String.format(Locale.ROOT, "%02d", hour), String.format(Locale.ROOT, "%02d:00", hour),
                    counts[hour]));
        }
        return new Series(points);
    }

    Series byPlace(Function<Place, String> label) {
        Map<Place, Integer> counts = new EnumMap<>(Place.class);
        for (Place p : Place.values()) {
            counts.put(p, 0);
        }
        episodes.forEach(e -> counts.merge(e.place(), 1, Integer::sum));
        return new Series(counts.entrySet().stream()
                .map(c -> new Point(c.getKey().contractId(), label.apply(c.getKey()), c.getValue())).toList());
    }

    Series pain() {
        List<Point> points = new ArrayList<>();
        weeks().forEach((w, list) -> {
            if (!list.isEmpty()) {
                points.add(week(w, list.stream().mapToInt(Episode::pain).average().orElseThrow()));
            }
        });
        return new Series(points);
    }

    Series nightsWithCramp() {
        List<Point> points = new ArrayList<>();
        weeks().forEach((w, list) -> {
            Set<Night> nights = new HashSet<>();
            list.forEach(e -> nights.add(e.night()));
            points.add(week(w, nights.size()));
        });
        return new Series(points);
    }
}
