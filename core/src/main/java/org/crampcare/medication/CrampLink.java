package org.crampcare.medication;

import java.util.Locale;

/** How strongly a medicine is linked with leg cramps ({@code cramp_link} in {@code knowledge/medicines.yaml}). */
public enum CrampLink {
    STRONG, MODERATE, WEAK, REPORTED, NONE;

    /** Whether the link counts for the medicine review (clinical brief 4): every link but none. */
    public boolean linked() {
        return this != NONE;
    }

    public static CrampLink of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
