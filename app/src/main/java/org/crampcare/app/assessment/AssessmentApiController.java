package org.crampcare.app.assessment;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.crampcare.app.config.PageCache;
import org.crampcare.assessment.AssessmentEngine;
import org.crampcare.assessment.InputError;
import org.crampcare.assessment.InvalidRequestException;
import org.crampcare.assessment.RequestReader;
import org.crampcare.assessment.ResultWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/v1/assessments}: contract v1 over HTTP. The body is read as text and given to core's
 * {@link RequestReader}, exactly as the command line does, so unknown fields, wrong types and out-of-range values
 * are reported with JSON pointers; the answer is {@link ResultWriter}'s JSON, byte for byte what the CLI prints.
 *
 * <p>An assessment is a pure function of the request and the knowledge base (which does not change while the server
 * runs), so the answers to recent valid requests are kept, by their exact text, up to {@value #KEPT_BYTES} bytes in all:
 * a client that asks again (a retry, a refreshed screen, many people with the same few answers) is answered without
 * running the engine again. Errors are never kept: they are cheap, and a flood of distinct bad requests must not push
 * out the answers. A kept answer asked for a second time is also compressed once, and that copy is sent to clients
 * that accept gzip, as kept pages are (the answer is about 9 KB of JSON, a third of that compressed); a first answer
 * is sent as it is, so a stream of distinct requests pays for no compression.
 */
@RestController
@Tag(name = "Assessment", description = "Triage, first aid, likely causes, look-alikes and a prevention plan")
class AssessmentApiController {
    static final String PATH = "/api/v1/assessments";
    static final int MAX_BODY_BYTES = 64 * 1024;
    static final long KEPT_BYTES = 16L * 1024 * 1024;

    private final RequestReader reader;
    private final AssessmentEngine engine;
    private final ResultWriter writer;
    // the weight counts the compressed copy too, at a third of the answer
    private final Cache<String, Kept> answers = Caffeine.newBuilder().maximumWeight(KEPT_BYTES)
            .weigher((String request, Kept answer) -> 2 * request.length() + answer.json.length * 4 / 3)
            .expireAfterAccess(Duration.ofHours(1)).build();

    /** An answer kept by its request's text, and its gzip copy once it has been asked for twice. */
    private static final class Kept {
        final byte[] json;
        volatile byte[] gzip;

        Kept(byte[] json) {
            this.json = json;
        }

        byte[] gzip() {
            byte[] g = gzip;
            if (g == null) {
                g = PageCache.gzip(json, true); // compressed once, so as small as can be
                gzip = g; // two threads may both compress: the same bytes, and no lock on the way
            }
            return g;
        }
    }

    AssessmentApiController(RequestReader reader, AssessmentEngine engine, ResultWriter writer) {
        this.reader = reader;
        this.engine = engine;
        this.writer = writer;
    }

    @PostMapping(PATH)
    @Operation(summary = "Assess leg cramps (contract v1)", description = """
            Every request field is optional: a missing field means not known, never "no". Unknown fields, wrong \
            types and out-of-range values are rejected with a JSON pointer to each. Bodies over 64 KB are refused.""",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(ref = "#/components/schemas/AssessmentRequest"))),
            responses = {
                @ApiResponse(responseCode = "200", description = "The assessment", content = @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(ref = "#/components/schemas/AssessmentResult"))),
                @ApiResponse(responseCode = "400", description = "The request does not conform to contract v1",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                schema = @Schema(ref = "#/components/schemas/AssessmentProblem"))),
                @ApiResponse(responseCode = "413", description = "The body is over 64 KB", content = @Content(
                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(ref = "#/components/schemas/AssessmentProblem"))),
                @ApiResponse(responseCode = "415", description = "The body is not application/json", content = @Content(
                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        schema = @Schema(ref = "#/components/schemas/AssessmentProblem")))
            })
    ResponseEntity<byte[]> assess(HttpServletRequest request) throws IOException {
        if (!isJson(request.getContentType())) {
            return ApiProblems.unsupportedMediaType(request.getContentType());
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return ApiProblems.tooLarge(MAX_BODY_BYTES);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            return ApiProblems.tooLarge(MAX_BODY_BYTES);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return ApiProblems.invalidRequest(List.of(new InputError("", "not valid JSON: the body is not UTF-8 text")));
        }
        Kept kept = answers.getIfPresent(text);
        if (kept != null) {
            ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            return PageCache.acceptsGzip(request)
                    ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(kept.gzip())
                    : ok.body(kept.json);
        }
        try {
            // the writer's own mapper, straight to bytes: the same JSON as ResultWriter.write, one copy fewer
            byte[] json = writer.mapper().writeValueAsBytes(engine.assess(reader.read(text)));
            answers.put(text, new Kept(json));
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).body(json);
        } catch (InvalidRequestException e) {
            return ApiProblems.invalidRequest(e.errors());
        }
    }

    /** application/json or any application/*+json, with or without parameters (charset=UTF-8). */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType() && !type.isWildcardSubtype()
                    || "application".equals(type.getType()) && type.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
