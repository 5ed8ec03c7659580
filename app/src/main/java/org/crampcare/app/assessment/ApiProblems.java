package org.crampcare.app.assessment;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crampcare.assessment.InputError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/** Problem details (RFC 9457, {@code application/problem+json}) for the assessment API. */
final class ApiProblems {
    static final String INVALID_REQUEST = "invalid_request";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ApiProblems() {
    }

    /** 400: the request does not conform to contract v1; details as the command line's error object gives them. */
    static ResponseEntity<byte[]> invalidRequest(List<InputError> errors) {
        Map<String, Object> body = base(HttpStatus.BAD_REQUEST, errors.size() == 1
                ? "The request does not conform to assessment contract v1: " + describe(errors.get(0)) + "."
                : "The request does not conform to assessment contract v1: " + errors.size() + " problems, see details.");
        body.put("code", INVALID_REQUEST);
        body.put("details", errors);
        return respond(HttpStatus.BAD_REQUEST, body);
    }

    static ResponseEntity<byte[]> unsupportedMediaType(String contentType) {
        Map<String, Object> body = base(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the request as application/json"
                + (contentType == null || contentType.isBlank() ? " (no Content-Type was given)." : ", not " + shorten(contentType) + "."));
        body.put("code", "unsupported_media_type");
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, body);
    }

    static ResponseEntity<byte[]> tooLarge(int limit) {
        Map<String, Object> body = base(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + (limit / 1024) + " KB; an assessment request is much smaller.");
        body.put("code", "request_too_large");
        return respond(HttpStatus.CONTENT_TOO_LARGE, body);
    }

    private static String describe(InputError e) {
        return (e.pointer().isEmpty() ? "" : e.pointer() + ": ") + e.message();
    }

    private static Map<String, Object> base(HttpStatus status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        return body;
    }

    private static ResponseEntity<byte[]> respond(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 80 ? t.substring(0, 80) + "..." : t;
    }
}
