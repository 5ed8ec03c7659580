package org.crampcare.diary.insight;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Diary;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Night;
import org.crampcare.diary.Period;

/**
 * A diary's cramps by night, and which nights were observed ({@link Diary#used()}), built once per computation: each
 * episode's night and local time are worked out once (a time-zone conversion is the costliest step of the insights).
 */
final class NightIndex {
    /** An episode with its night's evening and its local time of day, in the zone it was logged in. */
    record Logged(Episode episode, LocalDate evening, LocalTime time) {
        Night night() {
            return new Night(evening);
        }
    }

    private final List<Logged> logged;
    private final Optional<Period> used;
    private final Map<LocalDate, Integer> byNight = new HashMap<>();

    NightIndex(Diary diary) {
        List<Logged> all = new ArrayList<>(diary.episodes().size());
        LocalDate first = null;
        LocalDate last = null;
        for (Episode e : diary.episodes()) {
            ZonedDateTime local = e.at().atZone(e.zone());
            LocalTime time = local.toLocalTime();
            LocalDate evening = time.isBefore(Night.BOUNDARY) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
            all.add(new Logged(e, evening, time));
            byNight.merge(evening, 1, Integer::sum);
            first = first == null || evening.isBefore(first) ? evening : first;
            last = last == null || evening.isAfter(last) ? evening : last;
        }
        List<CheckIn> checkIns = diary.checkIns();
        if (!checkIns.isEmpty()) {
            LocalDate f = checkIns.get(0).day();
            LocalDate l = checkIns.get(checkIns.size() - 1).day();
            first = first == null || f.isBefore(first) ? f : first;
            last = last == null || l.isAfter(last) ? l : last;
        }
        this.logged = List.copyOf(all);
        this.used = first == null ? Optional.empty() : Optional.of(Period.of(first, last));
    }

    /** Every episode, in time order. */
    List<Logged> logged() {
        return logged;
    }

    /** The episodes whose night is in the period, in time order. */
    List<Logged> in(Period period) {
        return logged.stream().filter(l -> period.contains(l.evening())).toList();
    }

    Optional<Period> used() {
        return used;
    }

    boolean observed(LocalDate evening) {
        return used.isPresent() && used.get().contains(evening);
    }

    int cramps(LocalDate evening) {
        return byNight.getOrDefault(evening, 0);
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
