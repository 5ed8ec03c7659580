package org.crampcare.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A selection rule for first-aid steps or prevention advice: the ids are chosen when {@code when} is true and
 * {@code unless} is not true; {@code stop} ends the selection (for a seizure, nothing but seizure first aid).
 * While {@code unless} is still unknown (clot signs not asked), {@code ifUnsure} is given instead when the rule has
 * one: the same advice with its caution inline ("massage gently, unless the calf is swollen..."). An exclusion
 * therefore counts when it is true, and its caution when it is unknown.
 */
public record StepRule(Condition when, Optional<Condition> unless, List<String> ids, List<String> ifUnsure,
        boolean stop) {

    public StepRule {
        ids = List.copyOf(ids);
        ifUnsure = List.copyOf(ifUnsure);
    }

    /** The ids this rule gives for these facts: its ids, their cautious form while the exception is unknown, or none. */
    public List<String> give(Facts facts) {
        if (!when.evaluate(facts).isTrue()) {
            return List.of();
        }
        Truth exception = unless.map(u -> u.evaluate(facts)).orElse(Truth.FALSE);
        return switch (exception) {
            case TRUE -> List.of();
            case UNKNOWN -> ifUnsure.isEmpty() ? ids : ifUnsure;
            case FALSE -> ids;
        };
    }

    /** Whether the rule holds (its condition true, its exception not true): a holding {@code stop} rule ends the list. */
    public boolean holds(Facts facts) {
        return when.evaluate(facts).isTrue() && !unless.map(u -> u.evaluate(facts).isTrue()).orElse(false);
    }

    /** Every id the rule can give. */
    public List<String> allIds() {
        List<String> out = new ArrayList<>(ids);
        out.addAll(ifUnsure);
        return out;
    }

    /** The unanswered fields whose answers could change what this rule gives. */
    public void unknownFields(Facts facts, List<String> out) {
        Truth w = when.evaluate(facts);
        if (w == Truth.UNKNOWN) {
            when.unknownFields(facts, out);
        } else if (w == Truth.TRUE) {
            unless.filter(u -> u.evaluate(facts) == Truth.UNKNOWN).ifPresent(u -> u.unknownFields(facts, out));
        }
    }
}
