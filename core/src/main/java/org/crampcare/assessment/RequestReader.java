package org.crampcare.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crampcare.contract.Contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads assessment requests strictly: the text must be one JSON object that conforms to the request schema of
 * contract v1 (no unknown fields, right types, values in range). Errors carry JSON pointers. Thread-safe.
 */
public final class RequestReader {
    private final JsonMapper mapper;
    private final Schema schema;

    public RequestReader() {
        this.mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        // the contract's $id is a relative name, not an IRI the validator can resolve against: compile without it
        ObjectNode requestSchema = (ObjectNode) Contract.get().requestSchema().deepCopy();
        requestSchema.remove("$id");
        this.schema = registry.getSchema(requestSchema);
    }

    /** Parses and validates; throws {@link InvalidRequestException} with every problem found. */
    public AssessmentRequest read(String text) {
        JsonNode json;
        try {
            json = mapper.readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidRequestException(List.of(new InputError("", "not valid JSON: " + e.getOriginalMessage() + where)));
        }
        if (json == null || json.isMissingNode()) {
            throw new InvalidRequestException(List.of(new InputError("", "empty input: expected one JSON object")));
        }
        return validate(json);
    }

    /** Validates a JSON tree (from a form or another adapter); throws {@link InvalidRequestException}. */
    public AssessmentRequest validate(JsonNode json) {
        if (!json.isObject()) {
            throw new InvalidRequestException(List.of(new InputError("", "expected a JSON object, got " + json.getNodeType()
                    .toString().toLowerCase())));
        }
        List<Error> errors = schema.validate(json);
        if (!errors.isEmpty()) {
            List<InputError> out = new ArrayList<>();
            for (Error e : errors) {
                String pointer = e.getInstanceLocation().toString();
                if (pointer.startsWith("$")) {
                    pointer = jsonPathToPointer(pointer);
                }
                if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
                    pointer = (pointer.equals("/") ? "" : pointer) + "/" + e.getProperty();
                    out.add(new InputError(pointer, "unknown field '" + e.getProperty() + "'"));
                } else {
                    out.add(new InputError(pointer, e.getMessage()));
                }
            }
            out.sort(Comparator.comparing(InputError::pointer));
            throw new InvalidRequestException(out);
        }
        return new AssessmentRequest(json);
    }

    /** "$.person.age_years" or "$.symptoms[2]" to "/person/age_years" or "/symptoms/2". */
    static String jsonPathToPointer(String path) {
        String p = path.substring(1).replaceAll("\\[(\\d+)]", ".$1").replaceAll("\\['([^']*)']", ".$1");
        return p.isEmpty() ? "" : p.replace('.', '/');
    }
}
