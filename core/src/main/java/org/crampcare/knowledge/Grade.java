package org.crampcare.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** The fixed scale of evidence grades every entry carries (see knowledge/README.md). */
public enum Grade {
    ESTABLISHED("established", "Well established"),
    MODERATE("moderate", "Moderate evidence"),
    SOME("some", "Some evidence, low certainty"),
    INSUFFICIENT("insufficient", "Not enough evidence"),
    NO_BENEFIT("no_benefit", "Little or no effect in trials"),
    HARMFUL("harmful", "Evidence of harm"),
    EXPERT_CONSENSUS("expert_consensus", "Expert consensus"),
    ANECDOTE("anecdote", "One person's report, not evidence");

    private final String key;
    private final String label;

    Grade(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Grade> fromKey(String key) {
        return Arrays.stream(values()).filter(g -> g.key.equals(key)).findFirst();
    }
}
