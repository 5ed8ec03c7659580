package org.crampcare.rules;

import java.util.List;
import java.util.Optional;

/**
 * A selection rule for first-aid steps or prevention advice: the ids are chosen when {@code when} is true and
 * {@code unless} is not true; {@code stop} ends the selection (for a seizure, nothing but seizure first aid).
 */
public record StepRule(Condition when, Optional<Condition> unless, List<String> ids, boolean stop) {

    public boolean applies(Facts facts) {
        return when.evaluate(facts).isTrue() && unless.map(u -> !u.evaluate(facts).isTrue()).orElse(true);
    }
}
