package org.crampcare.app.report;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Whom a report is about: the name the person chose to put on it (none by default: the diary does not need one)
 * and their time zone, in which nights and times are shown.
 */
public record ReportSubject(Optional<String> name, ZoneId zone) {
    public ReportSubject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        name = name.map(String::strip).filter(n -> !n.isEmpty());
    }
}
