package org.crampcare.app.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDescriptionTest {
    @Autowired
    MockMvc mvc;

    @Test
    void describesTheAssessmentEndpointWithTheContractSchemas() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(containsString("/api/v1/assessments")))
                .andExpect(jsonPath("$.paths['/api/v1/assessments'].post.requestBody.content['application/json'].schema['$ref']")
                        .value("#/components/schemas/AssessmentRequest"))
                .andExpect(jsonPath("$.paths['/api/v1/assessments'].post.responses['400'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.AssessmentRequest.additionalProperties").value(false))
                .andExpect(jsonPath("$.components.schemas.AssessmentRequest.properties.person.properties.age_years.maximum")
                        .value(120))
                .andExpect(jsonPath("$.components.schemas.AssessmentResult.required").isArray());
    }

    @Test
    void leavesThePagesOut() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/assessment']").doesNotExist())
                .andExpect(jsonPath("$.paths['/']").doesNotExist());
    }
}
