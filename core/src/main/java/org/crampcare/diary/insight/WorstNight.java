package org.crampcare.diary.insight;

import org.crampcare.diary.Night;

/** A night among the worst of a period: most cramps, then the worst pain, then the most recent. */
public record WorstNight(Night night, int cramps, int worstPain) {
}
