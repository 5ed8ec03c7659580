package org.crampcare.diary.insight;

import org.crampcare.diary.Night;

/** The cramps of one observed night. */
public record NightCount(Night night, int cramps) {
}
