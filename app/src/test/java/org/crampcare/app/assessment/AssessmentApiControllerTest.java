package org.crampcare.app.assessment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.crampcare.assessment.AssessmentEngine;
import org.crampcare.assessment.RequestReader;
import org.crampcare.assessment.ResultWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = AssessmentApiController.class)
@Import(AssessmentSlice.class)
class AssessmentApiControllerTest {
    private static final String VIGNETTE = """
            {"person": {"age_years": 74, "sex": "male"},
             "episode": {"locations": ["calf"], "setting": "night_in_bed", "duration_seconds": 120},
             "history": {"episodes_per_week": 5, "mostly_at_night": true},
             "medications": ["Lasix 40 mg"]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestReader reader;
    @Autowired
    AssessmentEngine engine;
    @Autowired
    ResultWriter writer;

    @Test
    void aValidRequestGetsExactlyTheJsonTheResultWriterWrites() throws Exception {
        String expected = writer.write(engine.assess(reader.read(VIGNETTE)));
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(VIGNETTE))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(content().string(expected))
                .andExpect(jsonPath("$.triage.level").value("doctor"))
                .andExpect(jsonPath("$.follow_up_questions").isArray());
    }

    @Test
    void aKeptAnswerAskedForAgainIsSentCompressedToAClientThatTakesGzipAndAsItIsToOneThatDoesNot() throws Exception {
        String request = VIGNETTE.replace("120", "125"); // a text no other test sends, so nothing is kept for it yet
        String expected = writer.write(engine.assess(reader.read(request)));
        // the first answer: run by the engine, sent as it is even to a client that takes gzip
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(request)
                .header("Accept-Encoding", "gzip, deflate, br"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Content-Encoding"))
                .andExpect(header().string("Vary", "Accept-Encoding"))
                .andExpect(content().string(expected));
        // asked again: the kept answer, compressed, the same JSON once inflated
        byte[] gzip = mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(request)
                .header("Accept-Encoding", "gzip, deflate, br"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Encoding", "gzip"))
                .andExpect(header().string("Vary", "Accept-Encoding"))
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsByteArray();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
        }
        assertThat(gzip.length).isLessThan(expected.getBytes(StandardCharsets.UTF_8).length / 2);
        // the same kept answer to clients that refuse gzip, or say nothing about it
        for (String refuses : new String[] {"identity", "gzip;q=0, *", "br"}) {
            mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(request)
                    .header("Accept-Encoding", refuses))
                    .andExpect(status().isOk())
                    .andExpect(header().doesNotExist("Content-Encoding"))
                    .andExpect(content().string(expected));
        }
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Content-Encoding"))
                .andExpect(content().string(expected));
    }

    @Test
    void anUnknownFieldIsA400ProblemPointingAtIt() throws Exception {
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"person\": {\"age_years\": 40, \"shoe_size\": 42}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString("/person/shoe_size")))
                .andExpect(jsonPath("$.code").value("invalid_request"))
                .andExpect(jsonPath("$.details", hasSize(1)))
                .andExpect(jsonPath("$.details[0].pointer").value("/person/shoe_size"))
                .andExpect(jsonPath("$.details[0].message").value("unknown field 'shoe_size'"));
    }

    @Test
    void textThatIsNotJsonIsA400Problem() throws Exception {
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content("{\"person\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid_request"))
                .andExpect(jsonPath("$.details[0].pointer").value(""))
                .andExpect(jsonPath("$.details[0].message").value(containsString("not valid JSON")));
    }

    @Test
    void anEmptyBodyIsA400Problem() throws Exception {
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.details[0].message").value(containsString("empty input")));
    }

    @Test
    void aWrongTypeIsReportedAtItsPointer() throws Exception {
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"person\": {\"age_years\": \"forty\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.details[0].pointer").value("/person/age_years"));
    }

    @Test
    void aValueOutOfRangeIsReportedAtItsPointer() throws Exception {
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"person\": {\"age_years\": 200}, \"episode\": {\"pain\": 11}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.details", hasSize(2)))
                .andExpect(jsonPath("$.details[0].pointer").value("/episode/pain"))
                .andExpect(jsonPath("$.details[1].pointer").value("/person/age_years"));
    }

    @Test
    void bytesThatAreNotUtf8AreA400Problem() throws Exception {
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content(new byte[] { '{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}' }))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_request"));
    }

    @Test
    void anotherContentTypeIs415Problem() throws Exception {
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.TEXT_PLAIN).content(VIGNETTE))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(jsonPath("$.detail").value(containsString("application/json")));
    }

    @Test
    void noContentTypeIs415Problem() throws Exception {
        mvc.perform(post("/api/v1/assessments").content(VIGNETTE))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void jsonWithACharsetIsAccepted() throws Exception {
        mvc.perform(post("/api/v1/assessments").contentType("application/json; charset=UTF-8").content(VIGNETTE))
                .andExpect(status().isOk());
    }

    @Test
    void aBodyOver64KbIs413Problem() throws Exception {
        byte[] big = ("{\"medications\": [\"" + "a".repeat(70_000) + "\"]}").getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(big))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("request_too_large"))
                .andExpect(jsonPath("$.detail").value(containsString("64 KB")));
    }

    @Test
    void theAnswerCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"));
    }
}
