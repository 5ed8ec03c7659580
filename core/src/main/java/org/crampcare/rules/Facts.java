package org.crampcare.rules;

import java.util.List;
import java.util.Optional;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/** What the rules can see of a request: its fields by JSON pointer, the answered lists and the medicines. */
public interface Facts {

    /** The value at a JSON pointer, or empty when it was not answered. */
    Optional<JsonNode> field(JsonPointer pointer);

    /**
     * Whether a value is in one of the answered lists: true when listed; false when the list was answered without it;
     * unknown when the list was not answered, or when this value was answered "not sure".
     */
    Truth listed(Condition.ListKind list, String value);

    /** The listed medicines, in input order, or empty when the medication list was not answered. */
    Optional<List<MedicationFact>> medications();

    /** The triage level already decided, for rules that depend on it (first aid); empty while triaging. */
    Optional<Level> triageLevel();

    /**
     * One input medicine and what it was recognised as: nothing, one, or several (a combination, or several names on
     * one line). {@code noMedicine} marks an entry that says the person takes none ("none", "nothing").
     */
    record MedicationFact(int index, String input, List<Recognised> recognised, boolean noMedicine) {
        public MedicationFact {
            recognised = List.copyOf(recognised);
        }

        /** Whether CrampCare knows what this entry is: a recognised medicine, or "none". */
        public boolean isKnown() {
            return noMedicine || !recognised.isEmpty();
        }

        /** The first medicine recognised in the input, the one the result names. */
        public Optional<Recognised> primary() {
            return recognised.stream().findFirst();
        }
    }

    /** A recognised medicine: its generic, contract class, and whether it is linked to cramps (brief 4). */
    record Recognised(String generic, String medicineClass, boolean crampLinked) {
    }
}
