package org.crampcare.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/** What the rules can see of a request: its fields by JSON pointer, plus the answered lists as sets. */
public interface Facts {

    /** The value at a JSON pointer, or empty when it was not answered. */
    Optional<JsonNode> field(JsonPointer pointer);

    /** The reported symptoms, or empty when the symptom list was not answered at all. */
    Optional<Set<String>> symptoms();

    /** The diagnosed conditions, or empty when the condition list was not answered at all. */
    Optional<Set<String>> conditions();

    /** The episode's locations, or empty when not answered. */
    Optional<Set<String>> locations();

    /** The recognised medicines, in input order, or empty when the medication list was not answered. */
    Optional<List<MedicationFact>> medications();

    /** The triage level already decided, for rules that depend on it (first aid); empty while triaging. */
    Optional<String> triageLevel();

    /** One input medicine and the class it was recognised as (null class when not recognised). */
    record MedicationFact(int index, String input, String matched, String medicineClass) {
    }
}
