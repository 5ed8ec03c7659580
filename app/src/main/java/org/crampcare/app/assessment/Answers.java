package org.crampcare.app.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answers given so far, by field, in their canonical form-field spelling: "yes", "no" or "unsure" for yes/no
 * and symptom questions; a plain number ("42", "1.5"); an enumerated value or "unsure"; the ticked values of a list
 * or {@value #NONE}; medicine lines or {@value #NONE}. Nothing here is stored on the server: answers travel in the
 * page's form fields from step to step.
 */
record Answers(Map<String, List<String>> values) {
    static final String YES = "yes";
    static final String NO = "no";
    static final String UNSURE = "unsure";
    /** "None of these" for a list question: an answered, empty list. */
    static final String NONE = "_none";

    Answers {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static Answers none() {
        return new Answers(Map.of());
    }

    List<String> of(String field) {
        return values.getOrDefault(field, List.of());
    }

    Optional<String> first(String field) {
        List<String> v = of(field);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    boolean has(String field, String value) {
        return of(field).contains(value);
    }

    /** Answered with something other than "not sure". */
    boolean definite(String field) {
        List<String> v = of(field);
        return !v.isEmpty() && !v.contains(UNSURE);
    }

    boolean yes(String field) {
        return has(field, YES);
    }

    Optional<Double> number(String field) {
        return first(field).flatMap(v -> {
            try {
                return Optional.of(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** Only the answers to these fields. */
    Answers restrictTo(Set<String> fields) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (fields.contains(k)) {
                out.put(k, v);
            }
        });
        return new Answers(out);
    }
}
