package org.crampcare.diary;

/** How hard the day's exercise was. */
public enum Exertion {
    NONE, LIGHT, MODERATE, HARD
}
