package org.crampcare.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crampcare.contract.Contract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schema-valid assessment requests, generated from the contract's request schema itself (so the generator follows the
 * contract, not a hand-written copy of it): every property is present or absent at random, enums take any value,
 * numbers any value in range, arrays any subset of their enum.
 */
public final class RequestArbitraries {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> MEDICINES = List.of("Lasix 40 mg", "atorvastatin 40mg", "Seretide 250",
            "Premarin 0.625 mg", "ibuprofen 400", "metformin", "hydrochlorothiazide 25 mg", "Movicol", "Smecta",
            "amlodipine 5 mg", "something unknown", "CRESTOR 10 MG", "Symbicort 160/4.5", "estradiol patch");

    private RequestArbitraries() {
    }

    /** Requests valid for the contract: the schema's shapes, without answers that contradict each other. */
    public static Arbitrary<JsonNode> requests() {
        return object(Contract.get().requestSchema()).map(RequestArbitraries::consistent);
    }

    /** The request without the answers that cannot all be true (those are bad input, tested on their own). */
    private static JsonNode consistent(ObjectNode r) {
        if (r.get("person") instanceof ObjectNode p) {
            if (p.has("pregnant") && !p.get("pregnant").asBoolean()) {
                p.remove("pregnancy_week");
            }
            if ("male".equals(p.path("sex").asString("")) && p.path("pregnant").asBoolean(false)) {
                p.remove("pregnant");
            }
        }
        if (r.get("episode") instanceof ObjectNode e && e.path("recovered").asBoolean(false)) {
            e.remove("ongoing");
        }
        if (r.get("not_sure") instanceof tools.jackson.databind.node.ArrayNode unsure) {
            java.util.Set<String> listed = new java.util.HashSet<>();
            r.path("symptoms").forEach(v -> listed.add("/symptoms/" + v.asString()));
            r.path("conditions").forEach(v -> listed.add("/conditions/" + v.asString()));
            for (int i = unsure.size() - 1; i >= 0; i--) {
                if (listed.contains(unsure.get(i).asString())) {
                    unsure.remove(i);
                }
            }
        }
        return r;
    }

    private static Arbitrary<ObjectNode> object(JsonNode schema) {
        List<Arbitrary<Map.Entry<String, JsonNode>>> fields = new ArrayList<>();
        for (var p : schema.get("properties").properties()) {
            String name = p.getKey();
            fields.add(value(p.getValue()).map(v -> Map.entry(name, v)).injectNull(0.5));
        }
        return Combinators.combine(fields).as(entries -> {
            ObjectNode node = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : entries) {
                if (e != null) {
                    node.set(e.getKey(), e.getValue());
                }
            }
            return node;
        });
    }

    private static Arbitrary<JsonNode> value(JsonNode schema) {
        if (schema.has("enum")) {
            List<String> values = strings(schema.get("enum"));
            return Arbitraries.of(values).map(NODES::stringNode);
        }
        String type = schema.path("type").asString("");
        return switch (type) {
            case "object" -> object(schema).map(n -> (JsonNode) n);
            case "boolean" -> Arbitraries.of(true, false).map(NODES::booleanNode);
            case "integer" -> Arbitraries.integers()
                    .between(schema.path("minimum").asInt(0), schema.path("maximum").asInt(1000))
                    .map(i -> (JsonNode) NODES.numberNode(i));
            case "number" -> Arbitraries.doubles()
                    .between(schema.path("minimum").asDouble(0), schema.path("maximum").asDouble(2000))
                    .ofScale(1)
                    .map(d -> (JsonNode) NODES.numberNode(d.doubleValue()));
            case "array" -> array(schema);
            default -> throw new IllegalStateException("no generator for schema " + schema);
        };
    }

    private static Arbitrary<JsonNode> array(JsonNode schema) {
        JsonNode items = schema.get("items");
        if (items.has("enum")) {
            return Arbitraries.subsetOf(strings(items.get("enum"))).map(set -> {
                var a = NODES.arrayNode();
                set.forEach(a::add);
                return (JsonNode) a;
            });
        }
        if (items.path("pattern").asString("").startsWith("^/(symptoms|conditions)")) {
            List<String> pointers = new ArrayList<>();
            Contract.get().allowedValues("/symptoms").forEach(v -> pointers.add("/symptoms/" + v));
            Contract.get().allowedValues("/conditions").forEach(v -> pointers.add("/conditions/" + v));
            return Arbitraries.subsetOf(pointers).ofMaxSize(12).map(set -> {
                var a = NODES.arrayNode();
                set.forEach(a::add);
                return (JsonNode) a;
            });
        }
        return Arbitraries.of(MEDICINES).list().ofMaxSize(5).map(list -> {
            var a = NODES.arrayNode();
            list.forEach(a::add);
            return (JsonNode) a;
        });
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }
}
