package org.crampcare.rules;

import java.util.List;

/** The triage levels of contract v1, least serious first. */
public final class Levels {
    public static final List<String> ORDER = List.of("self_care", "doctor", "urgent", "emergency");

    private Levels() {
    }

    /** 0 for self_care up to 3 for emergency; -1 for an unknown name. */
    public static int rank(String level) {
        return ORDER.indexOf(level);
    }

    public static String max(String a, String b) {
        return rank(a) >= rank(b) ? a : b;
    }
}
