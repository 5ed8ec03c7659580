package org.crampcare.app.diary;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Time zones as a person's browser names them (IANA ids such as Europe/London). */
final class Zones {
    private Zones() {
    }

    static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
