package org.crampcare.diary.insight;

import java.time.LocalDate;

/** How bad the cramps of one week were (0 to 10), for the chart of pain over time; only weeks with cramps. */
public record WeeklyPain(LocalDate weekStart, int cramps, double meanPain, int worstPain) {
}
