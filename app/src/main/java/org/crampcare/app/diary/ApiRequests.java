package org.crampcare.app.diary;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/** What every diary API request is read with: a JSON body of at most 64 KB, the idempotency key, date parameters. */
final class ApiRequests {
    static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");
    /** The longest period a list may ask for (ten years of nights). */
    static final int MAX_DAYS = 3660;

    private ApiRequests() {
    }

    static JsonNode body(HttpServletRequest request) throws IOException {
        if (!isJson(request.getContentType())) {
            throw new DiaryProblems.BadBody(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "Send the request as application/json" + (request.getContentType() == null ? " (no Content-Type was given)."
                            : "."));
        }
        if (request.getContentLengthLong() > DiaryJson.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(DiaryJson.MAX_BODY_BYTES + 1);
        }
        if (body.length > DiaryJson.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        return DiaryJson.parse(body);
    }

    private static DiaryProblems.BadBody tooLarge() {
        return new DiaryProblems.BadBody(HttpStatus.CONTENT_TOO_LARGE, "request_too_large",
                "The request body is larger than " + DiaryJson.MAX_BODY_BYTES / 1024 + " KB; a diary entry is much smaller.");
    }

    /** application/json, application/merge-patch+json or any application/*+json. */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return "application".equals(type.getType())
                    && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The Idempotency-Key header every create must carry. */
    static String key(String header) {
        if (header == null || header.isBlank()) {
            throw new DiaryProblems.BadParameter(EpisodeApiController.IDEMPOTENCY_KEY,
                    "every create needs an Idempotency-Key header (a new UUID for each new entry, the same one to retry)");
        }
        String key = header.strip();
        if (!IdempotentCreate.KEY.matcher(key).matches()) {
            throw new DiaryProblems.BadParameter(EpisodeApiController.IDEMPOTENCY_KEY,
                    "8 to 100 letters, digits, '.', '_', ':' or '-' (a UUID fits)");
        }
        return key;
    }

    static Optional<LocalDate> date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (value.length() > 10) {
                throw new DateTimeParseException("too long", value, 0);
            }
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new DiaryProblems.BadParameter(name, "expected a date such as 2026-12-01");
        }
    }

    /** The period of a list: from..to inclusive; both optional (from the first to the last day). */
    static LocalDate[] period(String fromValue, String toValue, LocalDate today) {
        LocalDate to = date("to", toValue).orElse(today.plusDays(1));
        LocalDate from = date("from", fromValue).orElse(Fields.EARLIEST);
        if (from.isAfter(to)) {
            throw new DiaryProblems.BadParameter("from", "'from' must not be after 'to'");
        }
        if (fromValue != null && !fromValue.isEmpty() && from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new DiaryProblems.BadParameter("to", "at most " + MAX_DAYS + " days at a time");
        }
        return new LocalDate[] { from, to };
    }

    /** A path id: a positive number, or (for anything else) no such row. */
    static long id(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,17}")) {
            return -1;
        }
        return Long.parseLong(value);
    }
}
