package org.crampcare.cli.interview;

import org.crampcare.contract.Contract;
import org.crampcare.rules.Question;

import tools.jackson.databind.JsonNode;

/** How a question is asked in the terminal, read off the contract's type for its field. */
enum InputKind {
    /** A boolean field or one symptom: 1) Yes 2) No 3) Not sure. */
    YES_NO,
    /** One value of an enumeration, numbered, with "Not sure" last. */
    CHOICE,
    /** A number, fractions allowed. */
    NUMBER,
    /** A whole number. */
    INTEGER,
    /** A duration with its unit ("90 s", "2 min"), sent in seconds. */
    DURATION,
    /** An age in years, or months or weeks for a baby, sent in years. */
    AGE,
    /** Several values of an enumeration: "1,3", 0 = none, ? = not sure. */
    MULTI,
    /** Free-text lines (the medicines), an empty line to finish. */
    TEXT_LINES;

    static final String DURATION_FIELD = "/episode/duration_seconds";
    static final String AGE_FIELD = "/person/age_years";

    static InputKind of(Question q) {
        String field = q.field();
        if (field.startsWith("/symptoms/")) {
            return YES_NO;
        }
        JsonNode schema = schema(field);
        if (schema.has("enum")) {
            return CHOICE;
        }
        return switch (schema.path("type").asString("")) {
            case "boolean" -> YES_NO;
            case "integer" -> INTEGER;
            case "number" -> field.equals(DURATION_FIELD) ? DURATION : field.equals(AGE_FIELD) ? AGE : NUMBER;
            case "array" -> schema.path("items").has("enum") ? MULTI : TEXT_LINES;
            default -> throw new IllegalStateException("no way to ask " + field + " in the terminal: " + schema);
        };
    }

    static JsonNode schema(String field) {
        return Contract.get().requestField(field)
                .orElseThrow(() -> new IllegalStateException("question for a field the contract does not have: " + field));
    }
}
