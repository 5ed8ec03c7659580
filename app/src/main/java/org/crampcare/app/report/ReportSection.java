package org.crampcare.app.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The parts of a report for the doctor that the person chooses; the report keeps this order. */
public enum ReportSection {
    SUMMARY, CHARTS, ENTRIES, MEDICINES, TRIED, RED_FLAGS, ASSESSMENT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportSection> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }

    public static Set<ReportSection> all() {
        return EnumSet.allOf(ReportSection.class);
    }
}
