package org.crampcare.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** What CrampCare says about a treatment or folk remedy. */
public enum Verdict {
    RECOMMENDED("recommended", "Recommended"),
    HARMLESS_UNPROVEN("harmless_unproven", "Harmless but unproven"),
    NOT_RECOMMENDED("not_recommended", "Not recommended"),
    PRESCRIBER_ONLY("prescriber_only", "Only if a doctor prescribes it");

    private final String key;
    private final String label;

    Verdict(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Verdict> fromKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
