package org.crampcare.rules;

/**
 * Kleene's three-valued logic. An unanswered question is {@link #UNKNOWN}, never "no": a rule fires only on
 * {@link #TRUE}, so an unknown answer can never lower a triage level.
 */
public enum Truth {
    TRUE, FALSE, UNKNOWN;

    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public Truth not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    public boolean isTrue() {
        return this == TRUE;
    }
}
