package org.crampcare.app.diary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.crampcare.app.api.OpenApiConfig;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.SpecVersion;
import tools.jackson.databind.JsonNode;

/** The diary API's schemas in the OpenAPI description, from {@code api/diary-schemas.json} (JSON Schema). */
@Configuration(proxyBeanMethods = false)
class DiaryOpenApi {

    @Bean
    OpenApiCustomizer diarySchemas() {
        JsonNode schemas;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("api/diary-schemas.json")) {
            if (in == null) {
                throw new IllegalStateException("missing api/diary-schemas.json");
            }
            schemas = DiaryJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return openApi -> {
            boolean v31 = openApi.getSpecVersion() == SpecVersion.V31;
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            for (var e : schemas.properties()) {
                components.addSchemas(e.getKey(), OpenApiConfig.schema(e.getValue(), v31));
            }
            openApi.setComponents(components);
        };
    }
}
