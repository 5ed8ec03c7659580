package org.crampcare.rules;

import java.util.List;
import java.util.Optional;

/** A triage rule: when its condition is true (and its exception is not), the level is at least {@code level}. */
public record TriageRule(String id, Level level, Condition when, Optional<Condition> unless, String text,
        List<String> sources, List<String> explains, Optional<String> sign) {

    /** Fires only when {@code when} is true and {@code unless} is not true: unknown never lowers a level. */
    public boolean fires(Facts facts) {
        return when.evaluate(facts).isTrue() && unless.map(u -> !u.evaluate(facts).isTrue()).orElse(true);
    }
}
