package org.crampcare.assessment;

import tools.jackson.databind.JsonNode;

/**
 * A request that has passed validation against contract v1. Only {@link RequestReader} makes one, so an engine
 * never sees an invalid request.
 */
public final class AssessmentRequest {
    private final JsonNode json;

    AssessmentRequest(JsonNode json) {
        this.json = json;
    }

    /** The request as JSON, exactly as validated. */
    public JsonNode json() {
        return json;
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
