package org.crampcare.diary.insight;

/** Cramps logged over a number of observed nights. */
public record Counts(int cramps, int nights) {
    public Counts {
        if (cramps < 0 || nights < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + cramps + " cramps, " + nights + " nights");
        }
    }

    /** Cramps a week (cramps per night times 7); 0 when no night was observed. */
    public double perWeek() {
        return nights == 0 ? 0 : cramps * 7.0 / nights;
    }
}
