package org.crampcare.app.diary;

import java.time.Instant;

import org.crampcare.diary.CheckIn;

/** A daily check-in as stored. */
public record StoredCheckIn(long id, CheckIn checkIn, Instant createdAt, Instant updatedAt) {
}
