package org.crampcare.app.diary;

import java.time.Instant;

import org.crampcare.diary.Episode;
import org.crampcare.diary.Night;

/** A logged cramp as stored: its id (unique across accounts, meaningful only to its owner) and when it was written. */
public record StoredEpisode(long id, Episode episode, Instant createdAt, Instant updatedAt) {
    public Night night() {
        return episode.night();
    }

    /** Whether the entry carries something that makes the assessment run at once (a red flag, over ten minutes). */
    public boolean alarming() {
        return RedFlagAssessment.alarming(episode);
    }
}
