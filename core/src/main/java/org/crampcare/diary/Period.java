package org.crampcare.diary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** A run of nights, both ends included, each named by its evening (see {@link Night}). */
public record Period(Night first, Night last) {
    public Period {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.compareTo(first) < 0) {
            throw new IllegalArgumentException("a period cannot end (" + last.evening() + ") before it starts ("
                    + first.evening() + ")");
        }
    }

    /** The nights of these evenings, both included. */
    public static Period of(LocalDate firstEvening, LocalDate lastEvening) {
        return new Period(new Night(firstEvening), new Night(lastEvening));
    }

    /** The {@code nights} nights that end with the night of {@code lastEvening}. */
    public static Period ending(LocalDate lastEvening, int nights) {
        if (nights < 1) {
            throw new IllegalArgumentException("a period has at least one night: " + nights);
        }
        return of(lastEvening.minusDays(nights - 1L), lastEvening);
    }

    public int nights() {
        return (int) ChronoUnit.DAYS.between(first.evening(), last.evening()) + 1;
    }

    public boolean contains(LocalDate evening) {
        return !evening.isBefore(first.evening()) && !evening.isAfter(last.evening());
    }

    public boolean contains(Night night) {
        return contains(night.evening());
    }

    /** The nights in both periods, if any. */
    public Optional<Period> intersect(Period other) {
        LocalDate from = first.evening().isAfter(other.first.evening()) ? first.evening() : other.first.evening();
        LocalDate to = last.evening().isBefore(other.last.evening()) ? last.evening() : other.last.evening();
        return to.isBefore(from) ? Optional.empty() : Optional.of(of(from, to));
    }

    /** The evenings of the period, in order. */
    public Stream<LocalDate> evenings() {
        return first.evening().datesUntil(last.evening().plusDays(1));
    }
}
