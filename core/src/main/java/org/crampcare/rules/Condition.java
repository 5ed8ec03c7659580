package org.crampcare.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A condition over the facts of a request, as written in {@code knowledge/rules/*.yaml}. Evaluated in three-valued
 * logic; {@link #because} lists the facts that make a true condition true, {@link #unknownFields} the unanswered
 * fields that could still make an unknown condition true.
 */
public sealed interface Condition {

    Truth evaluate(Facts facts);

    /** Facts (as pointer-like paths) behind a condition that evaluated to true. */
    void because(Facts facts, List<String> out);

    /** Unanswered fields whose answer could turn this unknown condition true. */
    void unknownFields(Facts facts, List<String> out);

    /** Every field (JSON pointer) this condition reads, for validation. */
    void fields(List<String> out);

    default List<String> because(Facts facts) {
        List<String> out = new ArrayList<>(4);
        because(facts, out);
        return out;
    }

    /** Always true: a rule without a {@code when}. */
    record Always() implements Condition {
        public Truth evaluate(Facts facts) {
            return Truth.TRUE;
        }

        public void because(Facts facts, List<String> out) {
        }

        public void unknownFields(Facts facts, List<String> out) {
        }

        public void fields(List<String> out) {
        }
    }

    /** A value in one of the answered lists: symptoms, conditions or episode locations. */
    record InList(ListKind list, String value) implements Condition {
        public Truth evaluate(Facts facts) {
            Optional<Set<String>> values = list.of(facts);
            return values.isEmpty() ? Truth.UNKNOWN : Truth.of(values.get().contains(value));
        }

        public void because(Facts facts, List<String> out) {
            out.add(list.pointer + "/" + value);
        }

        public void unknownFields(Facts facts, List<String> out) {
            if (list.of(facts).isEmpty()) {
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

        Optional<Set<String>> of(Facts facts) {
            return switch (this) {
                case SYMPTOMS -> facts.symptoms();
                case CONDITIONS -> facts.conditions();
                case LOCATIONS -> facts.locations();
            };
        }
    }

    /** A recognised medicine of a class (diuretic, statin, ...). */
    record MedicationClass(String medicineClass) implements Condition {
        public Truth evaluate(Facts facts) {
            var meds = facts.medications();
            if (meds.isEmpty()) {
                return Truth.UNKNOWN;
            }
            for (Facts.MedicationFact m : meds.get()) {
                if (medicineClass.equals(m.medicineClass())) {
                    return Truth.TRUE;
                }
            }
            return Truth.FALSE;
        }

        public void because(Facts facts, List<String> out) {
            for (Facts.MedicationFact m : facts.medications().orElse(List.of())) {
                if (medicineClass.equals(m.medicineClass())) {
                    out.add("/medications/" + m.index() + "=" + m.input() + " (" + m.matched() + ": " + medicineClass + ")");
                }
            }
        }

        public void unknownFields(Facts facts, List<String> out) {
            if (facts.medications().isEmpty()) {
                out.add("/medications");
            }
        }

        public void fields(List<String> out) {
            out.add("/medications");
        }
    }

    /** A comparison on one request field. */
    record FieldTest(String path, JsonPointer pointer, Operator operator, JsonNode operand) implements Condition {
        public Truth evaluate(Facts facts) {
            Optional<JsonNode> value = facts.field(pointer);
            return value.isEmpty() ? Truth.UNKNOWN : Truth.of(operator.test(value.get(), operand));
        }

        public void because(Facts facts, List<String> out) {
            facts.field(pointer).ifPresent(v -> out.add(path + "=" + (v.isString() ? v.asString() : v.toString())));
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

        public void because(Facts facts, List<String> out) {
            out.add(path + " not answered");
        }

        public void unknownFields(Facts facts, List<String> out) {
        }

        public void fields(List<String> out) {
            out.add(path);
        }
    }

    /** True when the triage level already decided is at least this serious (first-aid rules only). */
    record LevelAtLeast(String level, int rank) implements Condition {
        public Truth evaluate(Facts facts) {
            return facts.triageLevel().map(l -> Truth.of(Levels.rank(l) >= rank)).orElse(Truth.UNKNOWN);
        }

        public void because(Facts facts, List<String> out) {
            out.add("triage level " + facts.triageLevel().orElse("?"));
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

        public void because(Facts facts, List<String> out) {
            for (Condition c : parts) {
                c.because(facts, out);
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

        public void because(Facts facts, List<String> out) {
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

        public void because(Facts facts, List<String> out) {
            List<String> inner = new ArrayList<>();
            part.fields(inner);
            inner.stream().distinct().forEach(f -> out.add("not " + f));
        }

        public void unknownFields(Facts facts, List<String> out) {
            // answering could only make the inner condition true, which makes this one false: nothing to ask
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

        public void because(Facts facts, List<String> out) {
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
