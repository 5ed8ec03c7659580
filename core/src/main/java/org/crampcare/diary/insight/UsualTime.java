package org.crampcare.diary.insight;

import java.time.LocalTime;

/**
 * When the cramps usually begin. Times are read on the night's own clock, from noon to the next noon, so 23:00 and
 * 01:00 are two hours apart, not twenty-two: the median and the quartiles are taken in that order.
 *
 * @param median half of the cramps began before this time of the night, half after
 * @param from the first quartile: a quarter of the cramps began earlier in the night
 * @param to the third quartile: a quarter began later
 * @param busiestHour the hour of the clock (0 to 23) in which most cramps began (the earliest in the night on a tie)
 */
public record UsualTime(LocalTime median, LocalTime from, LocalTime to, int busiestHour) {
}
