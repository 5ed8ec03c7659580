package org.crampcare.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.crampcare.medication.Medicine;
import org.crampcare.medication.MedicineIndex;
import org.crampcare.rules.Condition;
import org.crampcare.rules.Facts;
import org.crampcare.rules.Level;
import org.crampcare.rules.Truth;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

/**
 * The facts of one validated request, as the rules see them.
 *
 * <ul>
 * <li>A list that was not answered makes every value in it unknown; an answered list makes the values not in it false,
 * except those listed in {@code not_sure} ("/symptoms/chest_pain"), which stay unknown.</li>
 * <li>{@code recovered: true} means the episode is over: it answers "is it still going?" ({@code ongoing}) as no.</li>
 * <li>Each listed medicine is recognised by the medicine index; one that is not recognised is unknown to every rule
 * about medicines, never "not linked".</li>
 * </ul>
 */
final class RequestFacts implements Facts {
    private static final JsonPointer ONGOING = JsonPointer.compile("/episode/ongoing");
    private static final JsonPointer RECOVERED = JsonPointer.compile("/episode/recovered");
    /** What people write in a medicine list to say they take none: not a medicine, and not unknown. */
    private static final Set<String> NO_MEDICINE = Set.of("none", "nothing", "no", "nil", "n/a", "-", "нет", "ничего");

    private final JsonNode json;
    private final Optional<Set<String>> symptoms;
    private final Optional<Set<String>> conditions;
    private final Optional<Set<String>> locations;
    private final Set<String> notSure;
    private final Optional<List<MedicationFact>> medications;
    private final Optional<Level> level;

    private RequestFacts(JsonNode json, Optional<Set<String>> symptoms, Optional<Set<String>> conditions,
            Optional<Set<String>> locations, Set<String> notSure, Optional<List<MedicationFact>> medications,
            Optional<Level> level) {
        this.json = json;
        this.symptoms = symptoms;
        this.conditions = conditions;
        this.locations = locations;
        this.notSure = notSure;
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
                int index = i++;
                boolean none = NO_MEDICINE.contains(input.strip().toLowerCase(Locale.ROOT));
                List<Recognised> recognised = none ? List.of()
                        : medicines.recognise(input).stream().map(RequestFacts::recognised).toList();
                facts.add(new MedicationFact(index, input, recognised, none));
            }
            meds = Optional.of(List.copyOf(facts));
        }
        Set<String> notSure = new HashSet<>();
        JsonNode unsure = json.get("not_sure");
        if (unsure != null && unsure.isArray()) {
            unsure.forEach(v -> notSure.add(v.asString()));
        }
        return new RequestFacts(json, set(json.get("symptoms")), set(json.get("conditions")),
                set(json.path("episode").get("locations")), Set.copyOf(notSure), meds, Optional.empty());
    }

    private static Recognised recognised(Medicine m) {
        return new Recognised(m.generic(), m.medicineClass(), m.crampLink().linked());
    }

    /** The same facts, with the triage level decided (for first-aid and prevention rules). */
    RequestFacts withLevel(Level triageLevel) {
        return new RequestFacts(json, symptoms, conditions, locations, notSure, medications, Optional.of(triageLevel));
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
        if (v.isMissingNode() || v.isNull()) {
            if (pointer.equals(ONGOING) && json.at(RECOVERED).isBoolean() && json.at(RECOVERED).asBoolean()) {
                return Optional.of(BooleanNode.FALSE);
            }
            return Optional.empty();
        }
        return Optional.of(v);
    }

    @Override
    public Truth listed(Condition.ListKind list, String value) {
        Optional<Set<String>> values = switch (list) {
            case SYMPTOMS -> symptoms;
            case CONDITIONS -> conditions;
            case LOCATIONS -> locations;
        };
        if (values.isEmpty()) {
            return Truth.UNKNOWN;
        }
        if (values.get().contains(value)) {
            return Truth.TRUE;
        }
        return notSure.contains(list.pointer() + "/" + value) ? Truth.UNKNOWN : Truth.FALSE;
    }

    @Override
    public Optional<List<MedicationFact>> medications() {
        return medications;
    }

    @Override
    public Optional<Level> triageLevel() {
        return level;
    }
}
