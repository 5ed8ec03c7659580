package org.crampcare.diary.insight;

import org.crampcare.diary.Place;

/** Cramps in one place on the leg. */
public record PlaceCount(Place place, int count) {
}
