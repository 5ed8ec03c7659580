package org.crampcare.diary.insight;

import java.time.LocalDate;

/**
 * One week (Monday to Sunday evenings) of a period, for the chart of cramps per week. A week with
 * {@code nightsObserved == 0} was not logged, which is not the same as a week without cramps.
 *
 * @param weekStart the Monday whose evening begins the week
 * @param nightsObserved the nights of the week that are in the period and observed (0 to 7)
 * @param cramps the cramps logged in those nights
 * @param nightsWithCramps the nights with at least one cramp
 */
public record WeeklyCount(LocalDate weekStart, int nightsObserved, int cramps, int nightsWithCramps) {

    /** Cramps a week over the observed nights (0 when none was observed). */
    public double perWeek() {
        return new Counts(cramps, nightsObserved).perWeek();
    }
}
