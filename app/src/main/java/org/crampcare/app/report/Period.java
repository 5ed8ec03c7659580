package org.crampcare.app.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.crampcare.diary.Night;

/**
 * The nights a report covers, both ends included, named by their evenings ({@link Night}). At most two years: a
 * longer period is refused, not cut short.
 */
public record Period(LocalDate from, LocalDate to) {
    public static final int MAX_YEARS = 2;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        problem(from, to).ifPresent(p -> {
            throw new IllegalArgumentException(p.name() + ": " + from + " to " + to);
        });
    }

    /** What is wrong with a period from {@code from} to {@code to}, if anything. */
    public enum Problem {
        TO_BEFORE_FROM, LONGER_THAN_TWO_YEARS
    }

    public static Optional<Problem> problem(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Optional.of(Problem.TO_BEFORE_FROM);
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            return Optional.of(Problem.LONGER_THAN_TWO_YEARS);
        }
        return Optional.empty();
    }

    public boolean contains(Night night) {
        return !night.evening().isBefore(from) && !night.evening().isAfter(to);
    }

    public int nights() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }
}
