package org.crampcare.medication;

import java.util.Locale;
import java.util.Optional;

/**
 * How strongly a medicine is linked with leg cramps, as `cramp_link` in medicines.yaml states it (clinical brief,
 * section 4). A combination takes the strongest link of its parts.
 */
public enum CrampLink {
    /** Garrison 2012 ratio about 2 or more (long-acting beta-agonists, potassium-sparing diuretics). */
    STRONG,
    /** Garrison 2012 ratio about 1.5 (thiazide and thiazide-like diuretics). */
    MODERATE,
    /** A small measured association (loop diuretics, statins). */
    WEAK,
    /** Named in reviews, guidelines or product information, not measured. */
    REPORTED,
    /** No recognised link. */
    NONE;

    /** True for every link but {@link #NONE}. */
    public boolean linked() {
        return this != NONE;
    }

    /** The link written in the knowledge base (`strong`, `moderate`, `weak`, `reported`, `none`). */
    public static Optional<CrampLink> parse(String text) {
        for (CrampLink l : values()) {
            if (l.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** As written in the knowledge base. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
