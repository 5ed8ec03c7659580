package org.crampcare.app.config;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The answer to every error that reached no controller (a rejected address, a method the server does not allow, a
 * failure): under /api/ problem+json, elsewhere the friendly page with the emergency number, as {@link ApiErrors}
 * gives them. Replaces Spring Boot's generic JSON. Visiting /error itself is a page that does not exist.
 */
@Hidden
@Controller
class ErrorPages implements ErrorController {
    private final ApiErrors errors;

    ErrorPages(ApiErrors errors) {
        this.errors = errors;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer c)) {
            return errors.answer(request, HttpStatus.NOT_FOUND, "There is no page at this address.", HttpHeaders.EMPTY);
        }
        HttpStatus status = HttpStatus.resolve(c);
        if (status == null || status.value() < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return errors.answer(request, status, detail(status, request), HttpHeaders.EMPTY);
    }

    private static String detail(HttpStatus status, HttpServletRequest request) {
        return switch (status) {
            case NOT_FOUND -> "There is no page at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept " + (request.getMethod().matches("[A-Z]{1,10}")
                    ? request.getMethod() : "such") + " requests.";
            case CONTENT_TOO_LARGE -> "The request is too large.";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are too large.";
            case TOO_MANY_REQUESTS -> "Too many attempts in a short time: wait a few minutes, then try again.";
            case FORBIDDEN -> "This request is not allowed. If you sent a form, reload the page and send it again.";
            default -> status.is4xxClientError() ? "The request could not be understood."
                    : "Something went wrong on our side. Please try again; for first aid, use the first-aid pages.";
        };
    }
}
