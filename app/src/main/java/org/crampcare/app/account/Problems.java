package org.crampcare.app.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Answers the security filters give the API: 401 and 403 as {@code application/problem+json} (RFC 9457). */
final class Problems {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** 401 with {@code WWW-Authenticate: Bearer} (and the RFC 6750 error, when a token was presented but is wrong). */
    static void unauthorized(HttpServletRequest request, HttpServletResponse response, boolean badToken)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken
                ? "Bearer realm=\"crampcare\", error=\"invalid_token\"" : "Bearer realm=\"crampcare\"");
        write(request, response, HttpStatus.UNAUTHORIZED, badToken
                ? "The access token is not valid: it is unknown or was revoked."
                : "Sign in, or send a personal access token as 'Authorization: Bearer <token>'.");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN,
                "This request is not allowed: a request with the session cookie needs the CSRF token "
                        + "(header X-XSRF-TOKEN); a script can use a personal access token instead.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        String path = path(request);
        if (path.matches("/[A-Za-z0-9/_.-]{0,200}") && !path.contains("..")) {
            problem.put("instance", path);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
