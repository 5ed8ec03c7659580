package org.crampcare.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assessment contract v1: the project's copy of the request and result schemas, and what can be read off them
 * (the input fields and their allowed values, the reserved output ids).
 */
public final class Contract {
    public static final String ID = "crampcare.assessment/v1";
    public static final String REQUEST_SCHEMA = "contract/assessment-request.schema.json";
    public static final String RESULT_SCHEMA = "contract/assessment-result.schema.json";

    private static final Pattern RESERVED = Pattern.compile(
            "(?:Reserved ids|These ids are reserved with fixed meanings):\\s*([a-z_,\\s]+)\\.");
    private static final Pattern CLASSES = Pattern.compile("One of ([a-z_,\\s]+);");

    private static volatile Contract instance;

    private final JsonNode request;
    private final JsonNode result;

    private Contract(JsonNode request, JsonNode result) {
        this.request = request;
        this.result = result;
    }

    public static Contract get() {
        Contract c = instance;
        if (c == null) {
            synchronized (Contract.class) {
                if (instance == null) {
                    JsonMapper mapper = JsonMapper.builder().build();
                    instance = new Contract(read(mapper, REQUEST_SCHEMA), read(mapper, RESULT_SCHEMA));
                }
                c = instance;
            }
        }
        return c;
    }

    private static JsonNode read(JsonMapper mapper, String resource) {
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing contract resource " + resource);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode requestSchema() {
        return request;
    }

    public JsonNode resultSchema() {
        return result;
    }

    /** The schema of a request field named by a JSON pointer ("/episode/fully_aware"), if the contract has it. */
    public Optional<JsonNode> requestField(String pointer) {
        if (!pointer.startsWith("/")) {
            return Optional.empty();
        }
        JsonNode node = request;
        for (String part : pointer.substring(1).split("/")) {
            JsonNode props = node.get("properties");
            if (props == null || !props.has(part)) {
                return Optional.empty();
            }
            node = props.get(part);
        }
        return Optional.of(node);
    }

    /** The allowed values of an enumerated field, or of the items of an array of enumerated values. */
    public Set<String> allowedValues(String pointer) {
        return requestField(pointer).map(f -> {
            JsonNode e = f.has("items") ? f.get("items").get("enum") : f.get("enum");
            Set<String> values = new LinkedHashSet<>();
            if (e != null) {
                e.forEach(v -> values.add(v.asString()));
            }
            return values;
        }).orElse(Set.of());
    }

    /** Every leaf input field of the request, as JSON pointers, in schema order. */
    public List<String> requestFields() {
        List<String> out = new ArrayList<>();
        collect(request, "", out);
        return out;
    }

    private static void collect(JsonNode schema, String prefix, List<String> out) {
        JsonNode props = schema.get("properties");
        if (props == null) {
            out.add(prefix);
            return;
        }
        for (var e : props.properties()) {
            collect(e.getValue(), prefix + "/" + e.getKey(), out);
        }
    }

    /** Reserved ids of a result list ("first_aid", "causes" or "mimics"), read from the schema's description. */
    public List<String> reservedIds(String resultList) {
        String description = result.path("properties").path(resultList).path("description").asString("");
        Matcher m = RESERVED.matcher(description);
        if (!m.find()) {
            throw new IllegalStateException("no reserved ids in the description of " + resultList);
        }
        return Arrays.stream(m.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The triage levels, most serious first, as the result schema lists them. */
    public List<String> levels() {
        List<String> out = new ArrayList<>();
        result.path("properties").path("triage").path("properties").path("level").path("enum")
                .forEach(v -> out.add(v.asString()));
        return out;
    }

    /** The medicine classes named in the result schema. */
    public List<String> medicineClasses() {
        String description = result.path("properties").path("medications").path("items").path("properties")
                .path("class").path("description").asString("");
        Matcher m = CLASSES.matcher(description);
        if (!m.find()) {
            throw new IllegalStateException("no medicine classes in the result schema");
        }
        return Arrays.stream(m.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
