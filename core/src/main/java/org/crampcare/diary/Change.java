package org.crampcare.diary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated change the person made ("started stretching every night on 1 December"), which the insights test:
 * nights before {@code started} against nights from it (until {@code ended}, if it ended).
 */
public record Change(String description, LocalDate started, Optional<LocalDate> ended) {
    public Change {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(started, "started");
        if (description.isBlank()) {
            throw new IllegalArgumentException("a change needs a description");
        }
        ended.ifPresent(e -> {
            if (e.isBefore(started)) {
                throw new IllegalArgumentException("a change cannot end before it starts");
            }
        });
    }
}
