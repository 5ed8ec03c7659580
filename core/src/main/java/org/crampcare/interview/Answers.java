package org.crampcare.interview;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crampcare.contract.Contract;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answers so far, by question field (a JSON pointer of contract v1: "/person/age_years", "/symptoms/fever",
 * "/conditions"), in the order they were given. Immutable. Symptoms are asked one by one, so some may be yes, some
 * no and some not asked or "not sure": {@link #toRequest()} says exactly that in contract v1 (the yeses in
 * {@code symptoms}, every symptom that is not a definite answer in {@code not_sure}).
 */
public final class Answers {
    private static final String SYMPTOMS = "/symptoms/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Answer> byField;

    private Answers(Map<String, Answer> byField) {
        this.byField = Collections.unmodifiableMap(byField);
    }

    public static Answers none() {
        return new Answers(new LinkedHashMap<>());
    }

    /** These answers with one more (or a changed one). */
    public Answers with(String field, Answer answer) {
        Map<String, Answer> out = new LinkedHashMap<>(byField);
        out.remove(field);
        out.put(field, answer);
        return new Answers(out);
    }

    public Answers without(String field) {
        Map<String, Answer> out = new LinkedHashMap<>(byField);
        out.remove(field);
        return new Answers(out);
    }

    public Optional<Answer> get(String field) {
        return Optional.ofNullable(byField.get(field));
    }

    /** Whether the question was answered at all ("not sure" counts: it was asked). */
    public boolean answered(String field) {
        return byField.containsKey(field);
    }

    public boolean notSure(String field) {
        return byField.get(field) instanceof Answer.NotSure;
    }

    /** Every answer, in the order given. */
    public Map<String, Answer> all() {
        return byField;
    }

    public int size() {
        return byField.size();
    }

    /** The request of contract v1 that these answers make. */
    public ObjectNode toRequest() {
        ObjectNode root = NODES.objectNode();
        ArrayNode yes = NODES.arrayNode();
        boolean anySymptom = false;
        Set<String> definite = new java.util.HashSet<>();
        for (var e : byField.entrySet()) {
            String field = e.getKey();
            if (!(e.getValue() instanceof Answer.Given given)) {
                continue;
            }
            if (field.startsWith(SYMPTOMS)) {
                String id = field.substring(SYMPTOMS.length());
                anySymptom = true;
                definite.add(id);
                if (given.value().asBoolean(false)) {
                    yes.add(id);
                }
                continue;
            }
            put(root, field, given.value());
        }
        if (anySymptom) {
            root.set("symptoms", yes);
            ArrayNode notSure = NODES.arrayNode();
            for (String id : Contract.get().allowedValues("/symptoms")) {
                if (!definite.contains(id)) {
                    notSure.add(SYMPTOMS + id);
                }
            }
            if (!notSure.isEmpty()) {
                root.set("not_sure", notSure);
            }
        }
        return root;
    }

    private static void put(ObjectNode root, String field, JsonNode value) {
        String[] path = field.substring(1).split("/");
        ObjectNode parent = root;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.get(path[i]) instanceof ObjectNode o ? o : parent.putObject(path[i]);
        }
        parent.set(path[path.length - 1], value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Answers a && a.byField.equals(byField);
    }

    @Override
    public int hashCode() {
        return byField.hashCode();
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
