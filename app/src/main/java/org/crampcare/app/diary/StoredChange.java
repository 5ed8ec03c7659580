package org.crampcare.app.diary;

import java.time.Instant;

import org.crampcare.diary.Change;

/** A dated change as stored. */
public record StoredChange(long id, Change change, Instant createdAt, Instant updatedAt) {
}
