package org.crampcare.diary.insight;

import java.util.Optional;

import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Exertion;

/**
 * A check-in field turned into "the day had it" or "the day did not", with the threshold stated. A field the check-in
 * left empty is neither: that day does not count on either side.
 */
public enum Factor {
    /** At least 1 alcoholic drink that day. */
    ALCOHOL("insights.factor.alcohol"),
    /** 3 or more drinks with caffeine that day. */
    CAFFEINE("insights.factor.caffeine"),
    /** On one's feet for 6 hours or more. */
    LONG_STANDING("insights.factor.long_standing"),
    /** Hard exercise (the check-in's HARD; none, light and moderate are "without"). */
    HARD_EXERCISE("insights.factor.hard_exercise"),
    /** Less than 1.5 litres to drink (the knowledge base's low_fluid). */
    LOW_FLUID("insights.factor.low_fluid"),
    /** Stretched before bed. */
    STRETCHED("insights.factor.stretched"),
    /** Took magnesium. */
    MAGNESIUM("insights.factor.magnesium");

    public static final int MIN_ALCOHOL_DRINKS = 1;
    public static final int MIN_CAFFEINE_DRINKS = 3;
    public static final double MIN_HOURS_STANDING = 6;
    public static final double LOW_FLUID_LITRES = 1.5;

    private final String messageKey;

    Factor(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of the factor's name with its threshold ("alcohol (1 drink or more)"). */
    public String messageKey() {
        return messageKey;
    }

    /** Whether the day of this check-in had the factor; empty when the check-in did not record it. */
    public Optional<Boolean> on(CheckIn day) {
        return switch (this) {
            case ALCOHOL -> day.alcoholDrinks().isPresent()
                    ? Optional.of(day.alcoholDrinks().getAsInt() >= MIN_ALCOHOL_DRINKS) : Optional.empty();
            case CAFFEINE -> day.caffeineDrinks().isPresent()
                    ? Optional.of(day.caffeineDrinks().getAsInt() >= MIN_CAFFEINE_DRINKS) : Optional.empty();
            case LONG_STANDING -> day.hoursStanding().isPresent()
                    ? Optional.of(day.hoursStanding().getAsDouble() >= MIN_HOURS_STANDING) : Optional.empty();
            case HARD_EXERCISE -> day.exercise().map(e -> e == Exertion.HARD);
            case LOW_FLUID -> day.waterLitres().isPresent()
                    ? Optional.of(day.waterLitres().getAsDouble() < LOW_FLUID_LITRES) : Optional.empty();
            case STRETCHED -> day.stretchedBeforeBed();
            case MAGNESIUM -> day.magnesium();
        };
    }
}
