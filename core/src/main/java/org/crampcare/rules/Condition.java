package org.crampcare.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A condition over the facts of a request, as written in {@code knowledge/rules/*.yaml}. Evaluated in three-valued
 * logic; {@link #because} lists the facts that make a true condition true, {@link #unknownFields} the unanswered
 * fields that could still make an unknown condition true.
 */
public sealed interface Condition {

    Truth evaluate(Facts facts);

    /** The facts behind a condition that evaluated to true. */
    void because(Facts facts, List<Fact> out);

    /** Unanswered fields whose answer could change this unknown condition (make it true or false). */
    void unknownFields(Facts facts, List<String> out);

    /** Every field (JSON pointer) this condition reads, for validation. */
    void fields(List<String> out);

    default List<Fact> because(Facts facts) {
        List<Fact> out = new ArrayList<>(4);
        because(facts, out);
        return out;
    }

    /** Always true: a rule without a {@code when}. */
    record Always() implements Condition {
        public Truth evaluate(Facts facts) {
            return Truth.TRUE;
        }

        public void because(Facts facts, List<Fact> out) {
        }

        public void unknownFields(Facts facts, List<String> out) {
        }

        public void fields(List<String> out) {
        }
    }

    /** A value in one of the answered lists: symptoms, conditions or episode locations. */
    record InList(ListKind list, String value) implements Condition {
        public Truth evaluate(Facts facts) {
            return facts.listed(list, value);
        }

        public void because(Facts facts, List<Fact> out) {
            out.add(new Fact.Listed(list, value));
        }

        public void unknownFields(Facts facts, List<String> out) {
            if (facts.listed(list, value) == Truth.UNKNOWN) {
                out.add(list.questionField(value));
            }
        }

        public void fields(List<String> out) {
            out.add(list.questionField(value));
        }
    }

    /**
     * The three answered lists a rule can look into. Each symptom is a question of its own (red flags are asked
     * one by one); conditions and locations are asked as one list.
     */
    enum ListKind {
        SYMPTOMS("/symptoms", true), CONDITIONS("/conditions", false), LOCATIONS("/episode/locations", false);

        final String pointer;
        final boolean askEach;

        ListKind(String pointer, boolean askEach) {
            this.pointer = pointer;
            this.askEach = askEach;
        }

        public String pointer() {
            return pointer;
        }

        /** The field of the question that answers this value: "/symptoms/fever" or "/conditions". */
        public String questionField(String value) {
            return askEach ? pointer + "/" + value : pointer;
        }

        /** The list this pointer names ("/symptoms"), if any. */
        public static Optional<ListKind> ofPointer(String pointer) {
            for (ListKind k : values()) {
                if (k.pointer.equals(pointer)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A listed medicine of a class (diuretic, statin, ...). A medicine CrampCare cannot recognise is unknown, never
     * "not of this class": true when one listed medicine is of the class, unknown when none is but one was not
     * recognised (or the list was not answered), false only when every listed medicine is recognised as another class.
     */
    record MedicationClass(String medicineClass) implements Condition {
        public Truth evaluate(Facts facts) {
            return medicines(facts, r -> medicineClass.equals(r.medicineClass()));
        }

        public void because(Facts facts, List<Fact> out) {
            matching(facts, r -> medicineClass.equals(r.medicineClass()), out);
        }

        public void unknownFields(Facts facts, List<String> out) {
            unrecognised(facts, out);
        }

        public void fields(List<String> out) {
            out.add("/medications");
        }
    }

    /**
     * A listed medicine linked to cramps, by its {@code cramp_link} in {@code knowledge/medicines.yaml} (clinical brief
     * 4), not by its class alone. Unrecognised medicines are unknown, as for {@link MedicationClass}.
     */
    record CrampLinkedMedicine() implements Condition {
        public Truth evaluate(Facts facts) {
            return medicines(facts, Facts.Recognised::crampLinked);
        }

        public void because(Facts facts, List<Fact> out) {
            matching(facts, Facts.Recognised::crampLinked, out);
        }

        public void unknownFields(Facts facts, List<String> out) {
            unrecognised(facts, out);
        }

        public void fields(List<String> out) {
            out.add("/medications");
        }
    }

    private static Truth medicines(Facts facts, java.util.function.Predicate<Facts.Recognised> test) {
        var meds = facts.medications();
        if (meds.isEmpty()) {
            return Truth.UNKNOWN;
        }
        Truth result = Truth.FALSE;
        for (Facts.MedicationFact m : meds.get()) {
            if (m.recognised().stream().anyMatch(test)) {
                return Truth.TRUE;
            }
            if (!m.isKnown()) {
                result = Truth.UNKNOWN;
            }
        }
        return result;
    }

    private static void matching(Facts facts, java.util.function.Predicate<Facts.Recognised> test, List<Fact> out) {
        for (Facts.MedicationFact m : facts.medications().orElse(List.of())) {
            m.recognised().stream().filter(test).findFirst()
                    .ifPresent(r -> out.add(new Fact.Medicine(m.index(), m.input(), r.generic(), r.medicineClass())));
        }
    }

    /** "/medications" when the list was not answered; "/medications/2" for each listed medicine not recognised. */
    private static void unrecognised(Facts facts, List<String> out) {
        if (facts.medications().isEmpty()) {
            out.add("/medications");
            return;
        }
        for (Facts.MedicationFact m : facts.medications().get()) {
            if (!m.isKnown()) {
                out.add("/medications/" + m.index());
            }
        }
    }

    /** A comparison on one request field. */
    record FieldTest(String path, JsonPointer pointer, Operator operator, JsonNode operand) implements Condition {
        public Truth evaluate(Facts facts) {
            Optional<JsonNode> value = facts.field(pointer);
            return value.isEmpty() ? Truth.UNKNOWN : Truth.of(operator.test(value.get(), operand));
        }

        public void because(Facts facts, List<Fact> out) {
            facts.field(pointer).ifPresent(v -> out.add(new Fact.Answered(path, v)));
        }

        public void unknownFields(Facts facts, List<String> out) {
            if (facts.field(pointer).isEmpty()) {
                out.add(path);
            }
        }

        public void fields(List<String> out) {
            out.add(path);
        }
    }

    /** True when a field was not answered. */
    record Unanswered(String path, JsonPointer pointer) implements Condition {
        public Truth evaluate(Facts facts) {
            return Truth.of(facts.field(pointer).isEmpty());
        }

        public void because(Facts facts, List<Fact> out) {
            out.add(new Fact.NotAnswered(path));
        }

        public void unknownFields(Facts facts, List<String> out) {
        }

        public void fields(List<String> out) {
            out.add(path);
        }
    }

    /** True when the triage level already decided is at least this serious (first-aid rules only). */
    record LevelAtLeast(Level level) implements Condition {
        public Truth evaluate(Facts facts) {
            return facts.triageLevel().map(l -> Truth.of(l.atLeast(level))).orElse(Truth.UNKNOWN);
        }

        public void because(Facts facts, List<Fact> out) {
            facts.triageLevel().ifPresent(l -> out.add(new Fact.TriageLevel(l)));
        }

        public void unknownFields(Facts facts, List<String> out) {
        }

        public void fields(List<String> out) {
        }
    }

    record All(List<Condition> parts) implements Condition {
        public Truth evaluate(Facts facts) {
            Truth result = Truth.TRUE;
            for (Condition c : parts) {
                Truth t = c.evaluate(facts);
                if (t == Truth.FALSE) {
                    return Truth.FALSE;
                }
                if (t == Truth.UNKNOWN) {
                    result = Truth.UNKNOWN;
                }
            }
            return result;
        }

        public void because(Facts facts, List<Fact> out) {
            for (Condition c : parts) {
                c.because(facts, out);
            }
        }

        /**
         * Only the first unknown part's fields: every part must hold, so the others matter once it does (asking "is
         * the person back to normal?" before "did they faint?" would be a wasted question). Answering the first part
         * either settles the whole as false or moves the question on to the next part.
         */
        public void unknownFields(Facts facts, List<String> out) {
            for (Condition c : parts) {
                if (c.evaluate(facts) == Truth.UNKNOWN) {
                    c.unknownFields(facts, out);
                    return;
                }
            }
        }

        public void fields(List<String> out) {
            parts.forEach(c -> c.fields(out));
        }
    }

    record Any(List<Condition> parts) implements Condition {
        public Truth evaluate(Facts facts) {
            Truth result = Truth.FALSE;
            for (Condition c : parts) {
                Truth t = c.evaluate(facts);
                if (t == Truth.TRUE) {
                    return Truth.TRUE;
                }
                if (t == Truth.UNKNOWN) {
                    result = Truth.UNKNOWN;
                }
            }
            return result;
        }

        public void because(Facts facts, List<Fact> out) {
            for (Condition c : parts) {
                if (c.evaluate(facts) == Truth.TRUE) {
                    c.because(facts, out);
                }
            }
        }

        public void unknownFields(Facts facts, List<String> out) {
            for (Condition c : parts) {
                if (c.evaluate(facts) == Truth.UNKNOWN) {
                    c.unknownFields(facts, out);
                }
            }
        }

        public void fields(List<String> out) {
            parts.forEach(c -> c.fields(out));
        }
    }

    record Not(Condition part) implements Condition {
        public Truth evaluate(Facts facts) {
            return part.evaluate(facts).not();
        }

        public void because(Facts facts, List<Fact> out) {
            List<String> inner = new ArrayList<>();
            part.fields(inner);
            inner.stream().distinct().forEach(f -> out.add(new Fact.NotThat(f)));
        }

        public void unknownFields(Facts facts, List<String> out) {
            part.unknownFields(facts, out);
        }

        public void fields(List<String> out) {
            part.fields(out);
        }
    }

    /** A named condition from {@code rules/conditions.yaml}, already resolved. */
    record Named(String name, Condition definition) implements Condition {
        public Truth evaluate(Facts facts) {
            return definition.evaluate(facts);
        }

        public void because(Facts facts, List<Fact> out) {
            definition.because(facts, out);
        }

        public void unknownFields(Facts facts, List<String> out) {
            definition.unknownFields(facts, out);
        }

        public void fields(List<String> out) {
            definition.fields(out);
        }
    }
}
