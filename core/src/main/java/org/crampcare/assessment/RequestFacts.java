package org.crampcare.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crampcare.medication.Medicine;
import org.crampcare.medication.MedicineIndex;
import org.crampcare.rules.Facts;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/** The facts of one validated request, as the rules see them. */
final class RequestFacts implements Facts {
    private final JsonNode json;
    private final Optional<Set<String>> symptoms;
    private final Optional<Set<String>> conditions;
    private final Optional<Set<String>> locations;
    private final Optional<List<MedicationFact>> medications;
    private final Optional<String> level;

    private RequestFacts(JsonNode json, Optional<Set<String>> symptoms, Optional<Set<String>> conditions,
            Optional<Set<String>> locations, Optional<List<MedicationFact>> medications, Optional<String> level) {
        this.json = json;
        this.symptoms = symptoms;
        this.conditions = conditions;
        this.locations = locations;
        this.medications = medications;
        this.level = level;
    }

    static RequestFacts of(AssessmentRequest request, MedicineIndex medicines) {
        JsonNode json = request.json();
        Optional<List<MedicationFact>> meds = Optional.empty();
        JsonNode list = json.get("medications");
        if (list != null && list.isArray()) {
            List<MedicationFact> facts = new ArrayList<>(list.size());
            int i = 0;
            for (JsonNode m : list) {
                String input = m.asString();
                Optional<Medicine> match = medicines.match(input);
                facts.add(new MedicationFact(i++, input, match.map(Medicine::generic).orElse(null),
                        match.map(Medicine::medicineClass).orElse(null)));
            }
            meds = Optional.of(List.copyOf(facts));
        }
        return new RequestFacts(json, set(json.get("symptoms")), set(json.get("conditions")),
                set(json.path("episode").get("locations")), meds, Optional.empty());
    }

    /** The same facts, with the triage level decided (for first-aid and prevention rules). */
    RequestFacts withLevel(String triageLevel) {
        return new RequestFacts(json, symptoms, conditions, locations, medications, Optional.of(triageLevel));
    }

    private static Optional<Set<String>> set(JsonNode array) {
        if (array == null || !array.isArray()) {
            return Optional.empty();
        }
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asString()));
        return Optional.of(values);
    }

    @Override
    public Optional<JsonNode> field(JsonPointer pointer) {
        JsonNode v = json.at(pointer);
        return v.isMissingNode() || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    @Override
    public Optional<Set<String>> symptoms() {
        return symptoms;
    }

    @Override
    public Optional<Set<String>> conditions() {
        return conditions;
    }

    @Override
    public Optional<Set<String>> locations() {
        return locations;
    }

    @Override
    public Optional<List<MedicationFact>> medications() {
        return medications;
    }

    @Override
    public Optional<String> triageLevel() {
        return level;
    }
}
