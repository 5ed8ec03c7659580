package org.crampcare.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crampcare.assessment.AssessmentRequest;
import org.crampcare.assessment.RequestReader;
import org.crampcare.contract.Contract;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generator's requests are valid contract v1 requests that use every field and value. No timing here. */
class RequestGeneratorTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RequestReader reader = new RequestReader();

    @Test
    void sameSeedSameRequests() {
        assertThat(RequestGenerator.generate(200, 7)).isEqualTo(RequestGenerator.generate(200, 7));
        assertThat(RequestGenerator.generate(200, 7)).isNotEqualTo(RequestGenerator.generate(200, 8));
    }

    @Test
    void everyGeneratedRequestIsValid() {
        for (long seed : new long[] {Workload.SEED, 1, 2}) {
            for (String request : RequestGenerator.generate(3000, seed)) {
                assertThatCode(() -> reader.read(request)).as(request).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void theWorkloadIsValid() {
        List<String> workload = Workload.requests();
        assertThat(workload).hasSize(Workload.vignettes().size() + Workload.GENERATED);
        for (String request : workload) {
            AssessmentRequest valid = reader.read(request);
            assertThat(valid).isNotNull();
        }
    }

    @Test
    void everyFieldAndEveryValueOfTheSchemaIsUsed() {
        Set<String> expected = new HashSet<>();
        walkSchema(Contract.get().requestSchema(), "", expected);
        Set<String> seen = new HashSet<>();
        for (String request : RequestGenerator.generate(10_000, Workload.SEED)) {
            walkRequest(JSON.readTree(request), "", seen);
        }
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(seen);
        assertThat(missing).as("schema fields and enum values never generated").isEmpty();
    }

    @Test
    void mostRequestsAreSimpleAndSomeHaveRedFlags() {
        Set<String> redFlags = Set.of("loss_of_consciousness", "whole_body_convulsions", "fainting", "dark_urine",
                "breathing_difficulty", "chest_pain", "calf_swelling_one_side", "leg_red_or_warm", "cold_pale_foot",
                "tingling_around_mouth", "palpitations");
        int withRedFlag = 0;
        int small = 0;
        List<String> requests = RequestGenerator.generate(10_000, Workload.SEED);
        for (String request : requests) {
            JsonNode json = JSON.readTree(request);
            for (JsonNode s : json.path("symptoms")) {
                if (redFlags.contains(s.asString())) {
                    withRedFlag++;
                    break;
                }
            }
            if (request.length() < 300) {
                small++;
            }
        }
        assertThat(withRedFlag).isBetween(300, 1200);
        assertThat(small).isGreaterThan(requests.size() / 2);
    }

    /** Leaf fields as pointers ("/episode/pain") and enum values as "pointer=value". */
    private static void walkSchema(JsonNode schema, String pointer, Set<String> out) {
        if (schema.has("properties")) {
            for (var p : schema.get("properties").properties()) {
                walkSchema(p.getValue(), pointer + "/" + p.getKey(), out);
            }
            return;
        }
        out.add(pointer);
        JsonNode values = schema.has("items") ? schema.get("items") : schema;
        for (JsonNode v : values.path("enum")) {
            out.add(pointer + "=" + v.asString());
        }
    }

    private static void walkRequest(JsonNode json, String pointer, Set<String> out) {
        if (json.isObject()) {
            for (var p : json.properties()) {
                walkRequest(p.getValue(), pointer + "/" + p.getKey(), out);
            }
            return;
        }
        out.add(pointer);
        if (json.isArray()) {
            json.forEach(v -> out.add(pointer + "=" + v.asString()));
        } else if (json.isString()) {
            out.add(pointer + "=" + json.asString());
        }
    }
}
