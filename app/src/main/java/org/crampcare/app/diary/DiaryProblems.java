package org.crampcare.app.diary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crampcare.assessment.InputError;
import org.crampcare.assessment.InvalidRequestException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details (RFC 9457) of the diary API, shaped as the assessment API's: {@code code} says what kind of
 * problem, {@code details} lists each with its JSON pointer into the body ({@code pointer}) or the query parameter or
 * header it concerns ({@code parameter}). Nothing is stored when one of these is answered.
 */
@RestControllerAdvice(assignableTypes = { EpisodeApiController.class, CheckInApiController.class,
        ChangeApiController.class, ExportController.class })
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class DiaryProblems {
    static final String INVALID_REQUEST = "invalid_request";

    /** A query parameter or header that is not valid. */
    static final class BadParameter extends RuntimeException {
        final String parameter;

        BadParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }

    /** The body is not JSON, or too large. */
    static class BadBody extends RuntimeException {
        final HttpStatus status;
        final String code;

        BadBody(HttpStatus status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidRequestException e) {
        List<InputError> errors = e.errors();
        String detail = errors.size() == 1
                ? "The request is not valid: " + describe(errors.get(0)) + "."
                : "The request is not valid: " + errors.size() + " problems, see details.";
        Map<String, Object> body = base(HttpStatus.BAD_REQUEST, detail, INVALID_REQUEST);
        body.put("details", errors.stream().map(x -> Map.of("pointer", x.pointer(), "message", x.message())).toList());
        return respond(HttpStatus.BAD_REQUEST, body);
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Map<String, Object>> badParameter(BadParameter e) {
        Map<String, Object> body = base(HttpStatus.BAD_REQUEST, "The request is not valid: " + e.parameter + ": "
                + e.getMessage() + ".", INVALID_REQUEST);
        body.put("details", List.of(Map.of("parameter", e.parameter, "message", e.getMessage())));
        return respond(HttpStatus.BAD_REQUEST, body);
    }

    @ExceptionHandler(BadBody.class)
    ResponseEntity<Map<String, Object>> badBody(BadBody e) {
        return respond(e.status, base(e.status, e.getMessage(), e.code));
    }

    @ExceptionHandler(IdempotentCreate.KeyReused.class)
    ResponseEntity<Map<String, Object>> keyReused(IdempotentCreate.KeyReused e) {
        Map<String, Object> body = base(HttpStatus.UNPROCESSABLE_CONTENT, "This Idempotency-Key was already used for a "
                + "different request. Send a new key for a new entry; send the same body to retry.", "idempotency_key_reused");
        body.put("details", List.of(Map.of("parameter", EpisodeApiController.IDEMPOTENCY_KEY,
                "message", "already used for a different request")));
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, body);
    }

    @ExceptionHandler(Diary.DayTaken.class)
    ResponseEntity<Map<String, Object>> dayTaken(Diary.DayTaken e) {
        Map<String, Object> body = base(HttpStatus.CONFLICT, "There is already a check-in for this day; change it with "
                + "PATCH " + CheckInApiController.PATH + "/" + e.existing + ".", "check_in_exists");
        body.put("details", List.of(Map.of("pointer", "/day", "message", "there is already a check-in for this day")));
        return respond(HttpStatus.CONFLICT, body);
    }

    private static String describe(InputError e) {
        return (e.pointer().isEmpty() ? "" : e.pointer() + ": ") + e.message();
    }

    private static Map<String, Object> base(HttpStatus status, String detail, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("code", code);
        return body;
    }

    private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, Map<String, Object> body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
