package org.crampcare.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The night a cramp belongs to, named by the date of its evening: a night runs from noon to the next noon in the
 * person's own time zone, so a cramp at 02:00 on 2 December belongs to the night of 1 December.
 */
public record Night(LocalDate evening) implements Comparable<Night> {
    /** Before this local time, a moment belongs to the night that began the evening before. */
    public static final LocalTime BOUNDARY = LocalTime.NOON;

    public Night {
        Objects.requireNonNull(evening, "evening");
    }

    public static Night of(Instant at, ZoneId zone) {
        var local = at.atZone(zone).toLocalDateTime();
        var date = local.toLocalDate();
        return new Night(local.toLocalTime().isBefore(BOUNDARY) ? date.minusDays(1) : date);
    }

    public Night next() {
        return new Night(evening.plusDays(1));
    }

    @Override
    public int compareTo(Night other) {
        return evening.compareTo(other.evening);
    }
}
