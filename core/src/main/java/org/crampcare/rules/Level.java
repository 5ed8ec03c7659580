package org.crampcare.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The triage levels of contract v1, least serious first; {@link #id()} is the contract's spelling. */
public enum Level {
    SELF_CARE("self_care"), DOCTOR("doctor"), URGENT("urgent"), EMERGENCY("emergency");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The contract ids, least serious first. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Level::id).toList();
    }

    /** The level with this contract id, or empty for an unknown name. */
    public static Optional<Level> of(String id) {
        for (Level l : values()) {
            if (l.id.equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }

    public boolean above(Level other) {
        return compareTo(other) > 0;
    }

    public static Level max(Level a, Level b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public String toString() {
        return id;
    }
}
