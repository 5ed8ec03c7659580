package org.crampcare.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One logged cramp. The first five fields are what "Log a cramp" asks (when, where, how bad, how long, woke me);
 * everything else can be added later. {@code redFlags} are contract v1 symptom ids noticed with this cramp.
 */
public record Episode(
        Instant at,
        ZoneId zone,
        Place place,
        Side side,
        int pain,
        Optional<Duration> duration,
        Optional<Boolean> wokeMe,
        Optional<String> helped,
        Optional<String> notes,
        Set<RedFlag> redFlags) {

    public Episode {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(side, "side");
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain must be 0 to 10: " + pain);
        }
        duration.ifPresent(d -> {
            if (d.isNegative()) {
                throw new IllegalArgumentException("duration must not be negative: " + d);
            }
        });
        redFlags = redFlags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redFlags));
    }

    public Night night() {
        return Night.of(at, zone);
    }
}
