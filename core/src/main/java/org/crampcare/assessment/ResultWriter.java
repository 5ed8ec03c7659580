package org.crampcare.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Writes results and errors as contract v1 JSON (snake_case). Thread-safe. */
public final class ResultWriter {
    private final JsonMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    public String write(AssessmentResult result) {
        return mapper.writeValueAsString(result);
    }

    public JsonNode toTree(AssessmentResult result) {
        return mapper.valueToTree(result);
    }

    /** {@code {"error": {"code": "invalid_request", "details": [{"pointer": ..., "message": ...}]}}} */
    public String writeError(List<InputError> errors) {
        return mapper.writeValueAsString(errorObject(errors, 0));
    }

    /** The error object of one line of a batch: it also says which line (counted from 1). */
    public String writeError(List<InputError> errors, int line) {
        return mapper.writeValueAsString(errorObject(errors, line));
    }

    private static Map<String, Object> errorObject(List<InputError> errors, int line) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", "invalid_request");
        if (line > 0) {
            error.put("line", line);
        }
        error.put("details", errors);
        return Map.of("error", error);
    }

    public JsonMapper mapper() {
        return mapper;
    }
}
