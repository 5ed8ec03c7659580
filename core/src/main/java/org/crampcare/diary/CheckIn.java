package org.crampcare.diary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A daily check-in of the factors the knowledge base links to cramps. Every factor is optional: a missing one is
 * "not recorded", never "no". The day is the day the factors happened; its night is {@code new Night(day)}.
 */
public record CheckIn(
        LocalDate day,
        Optional<Boolean> stretchedBeforeBed,
        Optional<Exertion> exercise,
        OptionalDouble hoursStanding,
        OptionalDouble waterLitres,
        OptionalInt alcoholDrinks,
        OptionalInt caffeineDrinks,
        Optional<Boolean> magnesium,
        Optional<String> otherSupplement,
        Optional<String> newMedicine) {

    public CheckIn {
        Objects.requireNonNull(day, "day");
    }

    /** The night that follows this day. */
    public Night night() {
        return new Night(day);
    }
}
