package org.crampcare.diary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's diary as the insights read it: the cramps they logged, their daily check-ins, the changes they made,
 * and their time zone. Immutable; the lists are kept in time order.
 *
 * <p><b>Which nights count.</b> The diary cannot tell a night without cramps from a night nobody logged. A night is
 * <em>observed</em> when it lies between the first and the last night with anything in the diary (a cramp or a
 * check-in), both included: the person was using the diary then, so a night in between with no cramp logged is a
 * night without cramps. Nights before the first entry and after the last one are "not logged" and never count as
 * nights without cramps (a check-in saying the day went fine is what extends the diary to a quiet night).
 */
public record Diary(List<Episode> episodes, List<CheckIn> checkIns, List<Change> changes, ZoneId zone) {

    public Diary {
        Objects.requireNonNull(zone, "zone");
        episodes = episodes.stream().sorted(Comparator.comparing(Episode::at)).toList();
        checkIns = checkIns.stream().sorted(Comparator.comparing(CheckIn::day)).toList();
        changes = changes.stream().sorted(Comparator.comparing(Change::started)).toList();
    }

    public static Diary empty(ZoneId zone) {
        return new Diary(List.of(), List.of(), List.of(), zone);
    }

    /** The nights the person was using the diary: from the first to the last night with a cramp or a check-in. */
    public Optional<Period> used() {
        LocalDate first = null;
        LocalDate last = null;
        for (Episode e : episodes) {
            LocalDate n = e.night().evening(); // in the zone it was logged in, so not always in instant order
            first = first == null || n.isBefore(first) ? n : first;
            last = last == null || n.isAfter(last) ? n : last;
        }
        if (!checkIns.isEmpty()) {
            LocalDate f = checkIns.get(0).day();
            LocalDate l = checkIns.get(checkIns.size() - 1).day();
            first = first == null || f.isBefore(first) ? f : first;
            last = last == null || l.isAfter(last) ? l : last;
        }
        return first == null ? Optional.empty() : Optional.of(Period.of(first, last));
    }

    /** The observed nights of a period: those the person was using the diary (see the class comment). */
    public Optional<Period> observedIn(Period period) {
        return used().flatMap(u -> u.intersect(period));
    }
}
