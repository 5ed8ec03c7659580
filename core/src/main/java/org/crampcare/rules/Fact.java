package org.crampcare.rules;

import com.fasterxml.jackson.annotation.JsonValue;

import tools.jackson.databind.JsonNode;

/**
 * One input fact behind a reason, cause or look-alike: what the person said, as a value. It is turned into text only
 * at the edges: {@link #text()} is the contract's spelling ("/symptoms/dark_urine", "/history/episodes_per_week=5"),
 * and the web words it from the question that was answered.
 */
public sealed interface Fact {

    /** The contract's text for this fact (result field {@code because}). */
    @JsonValue
    String text();

    /** A value in an answered list: a symptom, a diagnosed condition or an episode location. */
    record Listed(Condition.ListKind list, String value) implements Fact {
        public String text() {
            return list.pointer() + "/" + value;
        }
    }

    /** The answer given for a field. */
    record Answered(String field, JsonNode value) implements Fact {
        public String text() {
            return field + "=" + (value.isString() ? value.asString() : value.toString());
        }
    }

    /** A field the person did not answer (a rule for the case where it is not known). */
    record NotAnswered(String field) implements Fact {
        public String text() {
            return field + " not answered";
        }
    }

    /** A condition that held because a field's answer was not the one named (negation). */
    record NotThat(String field) implements Fact {
        public String text() {
            return "not " + field;
        }
    }

    /** A listed medicine, recognised as a generic of a class. */
    record Medicine(int index, String input, String generic, String medicineClass) implements Fact {
        public String text() {
            return "/medications/" + index + "=" + input + " (" + generic + ": " + medicineClass + ")";
        }
    }

    /** A listed medicine that CrampCare could not recognise (so whether it is linked to cramps is unknown). */
    record UnrecognisedMedicine(int index, String input) implements Fact {
        public String text() {
            return "/medications/" + index + "=" + input + " (not recognised)";
        }
    }

    /** The triage level already decided (first-aid and prevention rules). */
    record TriageLevel(Level level) implements Fact {
        public String text() {
            return "triage level " + level.id();
        }
    }
}
