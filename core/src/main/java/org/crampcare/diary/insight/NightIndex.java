package org.crampcare.diary.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crampcare.diary.Diary;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Period;

/** A diary's cramps by night, and which nights were observed ({@link Diary}), built once per computation. */
final class NightIndex {
    private final Optional<Period> used;
    private final Map<LocalDate, List<Episode>> byNight = new HashMap<>();

    NightIndex(Diary diary) {
        this.used = diary.used();
        for (Episode e : diary.episodes()) {
            byNight.computeIfAbsent(e.night().evening(), k -> new ArrayList<>(2)).add(e);
        }
    }

    Optional<Period> used() {
        return used;
    }

    boolean observed(LocalDate evening) {
        return used.isPresent() && used.get().contains(evening);
    }

    int cramps(LocalDate evening) {
        List<Episode> list = byNight.get(evening);
        return list == null ? 0 : list.size();
    }

    List<Episode> episodes(LocalDate evening) {
        return byNight.getOrDefault(evening, List.of());
    }

    /** Cramps over the observed nights of a period. */
    Counts counts(Period period) {
        Optional<Period> observed = used.flatMap(u -> u.intersect(period));
        if (observed.isEmpty()) {
            return new Counts(0, 0);
        }
        int cramps = 0;
        for (LocalDate d = observed.get().first().evening(); !d.isAfter(observed.get().last().evening()); d = d.plusDays(1)) {
            cramps += cramps(d);
        }
        return new Counts(cramps, observed.get().nights());
    }
}
