package org.crampcare.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.crampcare.contract.Contract;
import org.crampcare.rules.Condition;
import org.crampcare.rules.Level;
import org.crampcare.rules.Operator;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Turns the YAML form of a condition into a {@link Condition}, checking every field, value and reference against
 * contract v1. Named conditions ({@code ref:}) are resolved once, with cycles reported.
 */
final class ConditionParser {
    private static final Set<String> KEYS = Set.of("all", "any", "not", "symptom", "condition", "location",
            "medication_class", "cramp_linked_medicine", "field", "unknown", "ref", "level_at_least", "always");

    private final Contract contract;
    private final Problems problems;
    private final JsonNode namedSource;
    private final String namedFile;
    private final Map<String, Condition> named = new LinkedHashMap<>();
    private final Set<String> resolving = new HashSet<>();

    ConditionParser(Contract contract, Problems problems, JsonNode namedSource, String namedFile) {
        this.contract = contract;
        this.problems = problems;
        this.namedSource = namedSource;
        this.namedFile = namedFile;
        if (!namedSource.isMissingNode() && !namedSource.isObject()) {
            problems.add(namedFile, null, "conditions", "expected a map of named conditions");
        } else {
            for (String name : namedSource.propertyNames()) {
                resolve(name, namedFile, name);
            }
        }
    }

    Map<String, Condition> named() {
        return Map.copyOf(named);
    }

    /** Parses the condition of a rule in {@code file}. */
    Condition parse(JsonNode node, String file, String entry, String field) {
        if (node == null || node.isNull()) {
            problems.add(file, entry, field, "a condition is required");
            return new Condition.Always();
        }
        if (!node.isObject() || node.isEmpty()) {
            problems.add(file, entry, field, "a condition is a map such as {symptom: fever}");
            return new Condition.Always();
        }
        List<String> keys = new ArrayList<>(node.propertyNames());
        String key = keys.stream().filter(KEYS::contains).findFirst().orElse(null);
        if (key == null) {
            problems.add(file, entry, field, "unknown condition " + keys + " (one of " + KEYS + ")");
            return new Condition.Always();
        }
        JsonNode v = node.get(key);
        String where = field + "." + key;
        if (!key.equals("field") && keys.size() > 1) {
            problems.add(file, entry, field, "a condition has one key; found " + keys);
        }
        switch (key) {
            case "all", "any" -> {
                if (!v.isArray() || v.isEmpty()) {
                    problems.add(file, entry, where, "expected a non-empty list of conditions");
                    return new Condition.Always();
                }
                List<Condition> parts = new ArrayList<>();
                int i = 0;
                for (JsonNode part : v) {
                    parts.add(parse(part, file, entry, where + "[" + i++ + "]"));
                }
                return key.equals("all") ? new Condition.All(List.copyOf(parts)) : new Condition.Any(List.copyOf(parts));
            }
            case "not" -> {
                return new Condition.Not(parse(v, file, entry, where));
            }
            case "symptom" -> {
                return inList(Condition.ListKind.SYMPTOMS, v, file, entry, where);
            }
            case "condition" -> {
                return inList(Condition.ListKind.CONDITIONS, v, file, entry, where);
            }
            case "location" -> {
                return inList(Condition.ListKind.LOCATIONS, v, file, entry, where);
            }
            case "medication_class" -> {
                String cls = v.asString();
                if (!contract.medicineClasses().contains(cls)) {
                    problems.add(file, entry, where, "unknown medicine class '" + cls + "' (one of "
                            + contract.medicineClasses() + ")");
                }
                return new Condition.MedicationClass(cls);
            }
            case "cramp_linked_medicine" -> {
                if (!v.isBoolean() || !v.asBoolean()) {
                    problems.add(file, entry, where, "cramp_linked_medicine takes the value true (use not: for the opposite)");
                }
                return new Condition.CrampLinkedMedicine();
            }
            case "unknown" -> {
                String path = v.asString();
                checkField(path, file, entry, where);
                return new Condition.Unanswered(path, JsonPointer.compile(path));
            }
            case "ref" -> {
                String name = v.asString();
                Condition c = resolve(name, file, entry);
                return c == null ? new Condition.Always() : c;
            }
            case "level_at_least" -> {
                String name = v.asString();
                Optional<Level> level = Level.of(name);
                if (level.isEmpty()) {
                    problems.add(file, entry, where, "unknown level '" + name + "'");
                }
                return new Condition.LevelAtLeast(level.orElse(Level.EMERGENCY));
            }
            case "always" -> {
                return new Condition.Always();
            }
            default -> {
                return fieldTest(node, file, entry, field);
            }
        }
    }

    private Condition inList(Condition.ListKind list, JsonNode v, String file, String entry, String where) {
        String value = v.asString();
        Set<String> allowed = contract.allowedValues(list.pointer());
        if (!allowed.contains(value)) {
            problems.add(file, entry, where, "'" + value + "' is not a value of " + list.pointer() + " in contract v1");
        }
        return new Condition.InList(list, value);
    }

    private Condition fieldTest(JsonNode node, String file, String entry, String field) {
        String path = node.get("field").asString();
        JsonNode schema = checkField(path, file, entry, field + ".field");
        List<String> ops = node.propertyNames().stream().filter(k -> !k.equals("field")).toList();
        if (ops.size() != 1) {
            problems.add(file, entry, field, "a field test has one comparison (is, at_least, at_most, above, below, "
                    + "one_of, has, count_at_least); found " + ops);
            return new Condition.Always();
        }
        Operator op = Operator.fromKey(ops.get(0));
        JsonNode operand = node.get(ops.get(0));
        if (op == null) {
            problems.add(file, entry, field + "." + ops.get(0), "unknown comparison");
            return new Condition.Always();
        }
        if (schema != null) {
            checkOperand(path, schema, op, operand, file, entry, field + "." + op.key());
        }
        return new Condition.FieldTest(path, JsonPointer.compile(path), op, operand);
    }

    private JsonNode checkField(String path, String file, String entry, String where) {
        var schema = contract.requestField(path);
        if (schema.isEmpty()) {
            problems.add(file, entry, where, "'" + path + "' is not an input field of contract v1");
            return null;
        }
        return schema.get();
    }

    private void checkOperand(String path, JsonNode schema, Operator op, JsonNode operand, String file, String entry,
            String where) {
        String type = schema.path("type").asString("");
        if (op.numeric()) {
            if (!operand.isNumber()) {
                problems.add(file, entry, where, "expected a number");
            } else if (op != Operator.COUNT_AT_LEAST && !type.equals("number") && !type.equals("integer")) {
                problems.add(file, entry, where, path + " is not a number");
            } else if (op == Operator.COUNT_AT_LEAST && !type.equals("array")) {
                problems.add(file, entry, where, path + " is not a list");
            } else if (op != Operator.COUNT_AT_LEAST) {
                double x = operand.asDouble();
                if ((schema.has("minimum") && x < schema.get("minimum").asDouble())
                        || (schema.has("maximum") && x > schema.get("maximum").asDouble())) {
                    problems.add(file, entry, where, x + " is outside the range of " + path);
                }
            }
            return;
        }
        Set<String> allowed = contract.allowedValues(path);
        List<JsonNode> values = new ArrayList<>();
        if (op == Operator.ONE_OF) {
            if (!operand.isArray()) {
                problems.add(file, entry, where, "expected a list of values");
                return;
            }
            operand.forEach(values::add);
        } else {
            values.add(operand);
        }
        if (op == Operator.HAS && !type.equals("array")) {
            problems.add(file, entry, where, path + " is not a list");
        }
        for (JsonNode value : values) {
            if (!allowed.isEmpty()) {
                if (!allowed.contains(value.asString())) {
                    problems.add(file, entry, where, "'" + value.asString() + "' is not a value of " + path
                            + " (one of " + allowed + ")");
                }
            } else if (type.equals("boolean") && !value.isBoolean()) {
                problems.add(file, entry, where, path + " is true or false");
            } else if ((type.equals("number") || type.equals("integer")) && !value.isNumber()) {
                problems.add(file, entry, where, path + " is a number");
            }
        }
    }

    private Condition resolve(String name, String file, String entry) {
        Condition done = named.get(name);
        if (done != null) {
            return done;
        }
        if (!namedSource.has(name)) {
            problems.add(file, entry, "ref", "unknown named condition '" + name + "' (defined in " + namedFile + ")");
            return null;
        }
        if (!resolving.add(name)) {
            problems.add(namedFile, name, "ref", "named condition refers to itself");
            return null;
        }
        Condition c = new Condition.Named(name, parse(namedSource.get(name), namedFile, name, "definition"));
        resolving.remove(name);
        named.put(name, c);
        return c;
    }
}
