package org.crampcare.app.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crampcare.contract.Contract;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description at {@code /v3/api-docs}: the JSON API only (pages are left out), with the request and
 * result schemas of contract v1 taken from the contract files themselves, so the description cannot drift from the
 * contract.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    @Bean
    OpenAPI crampCareOpenApi() {
        return new OpenAPI().info(new Info()
                .title("CrampCare API")
                .version("v1")
                .description("Leg-cramp assessment (contract " + Contract.ID + "), knowledge library and search. "
                        + "CrampCare gives information, not a diagnosis. Nothing sent here is stored.")
                .license(new License().name("Information, not a diagnosis")))
                // a fixed, relative server: springdoc would otherwise copy the request's Host header into the description
                .servers(List.of(new Server().url("/").description("This server")));
    }

    @Bean
    OpenApiCustomizer contractSchemas() {
        return openApi -> {
            if (openApi.getPaths() != null) {
                openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
            }
            boolean v31 = openApi.getSpecVersion() == SpecVersion.V31;
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSchemas("AssessmentRequest", schema(Contract.get().requestSchema(), v31));
            components.addSchemas("AssessmentResult", schema(Contract.get().resultSchema(), v31));
            components.addSchemas("AssessmentProblem", problemSchema(v31));
            openApi.setComponents(components);
        };
    }

    /** A JSON Schema (draft 2020-12, as the contract files are written) as an OpenAPI schema object. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    public static Schema<Object> schema(JsonNode node, boolean v31) {
        Schema s = v31 ? new JsonSchema() : new Schema<>();
        if (node.has("$ref")) {
            s.set$ref(node.get("$ref").asString());
            return s;
        }
        if (node.has("title")) {
            s.setTitle(node.get("title").asString());
        }
        if (node.has("description")) {
            s.setDescription(node.get("description").asString());
        }
        JsonNode type = node.get("type");
        if (type != null) {
            List<String> types = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asString()));
            } else {
                types.add(type.asString());
            }
            if (v31) {
                s.setTypes(new LinkedHashSet<>(types));
            } else {
                boolean nullable = types.remove("null");
                if (!types.isEmpty()) {
                    s.setType(types.get(0));
                }
                if (nullable) {
                    s.setNullable(true);
                }
            }
        }
        if (node.has("enum")) {
            List<Object> values = new ArrayList<>();
            node.get("enum").forEach(v -> values.add(v.asString()));
            s.setEnum(values);
            if (type == null && !v31) {
                s.setType("string");
            }
        }
        if (node.has("const")) {
            if (v31) {
                s.setConst(node.get("const").asString());
            } else {
                s.setType("string");
                s.setEnum(new ArrayList<>(List.of(node.get("const").asString())));
            }
        }
        if (node.has("minimum")) {
            s.setMinimum(new BigDecimal(node.get("minimum").asString()));
        }
        if (node.has("maximum")) {
            s.setMaximum(new BigDecimal(node.get("maximum").asString()));
        }
        if (node.has("minLength")) {
            s.setMinLength(node.get("minLength").asInt());
        }
        if (node.has("maxLength")) {
            s.setMaxLength(node.get("maxLength").asInt());
        }
        if (node.has("maxItems")) {
            s.setMaxItems(node.get("maxItems").asInt());
        }
        if (node.has("uniqueItems")) {
            s.setUniqueItems(node.get("uniqueItems").asBoolean());
        }
        if (node.has("required")) {
            List<String> required = new ArrayList<>();
            node.get("required").forEach(r -> required.add(r.asString()));
            s.setRequired(required);
        }
        if (node.has("additionalProperties") && node.get("additionalProperties").isBoolean()) {
            s.setAdditionalProperties(node.get("additionalProperties").asBoolean());
        }
        if (node.has("items")) {
            s.setItems(schema(node.get("items"), v31));
        }
        if (node.has("properties")) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            for (var e : node.get("properties").properties()) {
                properties.put(e.getKey(), schema(e.getValue(), v31));
            }
            s.setProperties(properties);
            if (type == null && !v31) {
                s.setType("object");
            }
        }
        return s;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema<Object> problemSchema(boolean v31) {
        Schema detail = typed(v31, "object");
        detail.setProperties(new LinkedHashMap<>(Map.of(
                "pointer", typed(v31, "string").description("JSON pointer into the request; empty for the whole body"),
                "message", typed(v31, "string"))));
        detail.setRequired(List.of("pointer", "message"));
        Schema problem = typed(v31, "object");
        problem.setDescription("Problem details (RFC 9457). code is invalid_request for a request that does not conform "
                + "to contract v1, with one entry in details for each problem (the same details as the command line's "
                + "error object).");
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", typed(v31, "string"));
        properties.put("title", typed(v31, "string"));
        properties.put("status", typed(v31, "integer"));
        properties.put("detail", typed(v31, "string"));
        properties.put("code", typed(v31, "string").description(
                "invalid_request, request_too_large or unsupported_media_type"));
        Schema details = typed(v31, "array");
        details.setItems(detail);
        properties.put("details", details);
        problem.setProperties(properties);
        problem.setRequired(List.of("type", "title", "status", "detail", "code"));
        return problem;
    }

    @SuppressWarnings("rawtypes")
    private static Schema typed(boolean v31, String type) {
        if (v31) {
            Schema s = new JsonSchema();
            s.setTypes(new LinkedHashSet<>(Set.of(type)));
            return s;
        }
        return new Schema<>().type(type);
    }
}
