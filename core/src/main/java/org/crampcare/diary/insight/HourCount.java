package org.crampcare.diary.insight;

/** Cramps that began in one hour of the clock (0 to 23, in the zone where each was logged). */
public record HourCount(int hour, int count) {
}
