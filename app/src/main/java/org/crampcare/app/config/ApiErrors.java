package org.crampcare.app.config;

import java.net.URI;
import java.util.Map;

import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One place that turns what a visitor got wrong into a clear answer, never a 500: under {@code /api/} an
 * {@code application/problem+json} body (RFC 9457), elsewhere a friendly page ({@code templates/error/4xx.html}) that
 * still shows the emergency number and the disclaimer.
 *
 * <p>Ordered before Spring Boot's own problem-details handler so that pages get HTML. It handles only the framework's
 * request exceptions and {@link NotFoundException} / {@link BadInputException}; a feature that needs its own answer
 * (the assessment API's JSON-pointer errors) declares an {@code @ExceptionHandler} in its controller, which always
 * wins over this advice. Unexpected exceptions fall through to Spring Boot's error page ({@code error/5xx.html}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ApiErrors {
    private final CrampCareProperties properties;
    private final KnowledgeBase kb;

    ApiErrors(CrampCareProperties properties, KnowledgeBase kb) {
        this.properties = properties;
        this.kb = kb;
    }

    @ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
    Object notFound(Exception e, HttpServletRequest request) {
        String detail = e instanceof NotFoundException ? e.getMessage() : "There is no page at this address.";
        return answer(request, HttpStatus.NOT_FOUND, detail, HttpHeaders.EMPTY);
    }

    @ExceptionHandler({ BadInputException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class, HttpMessageNotReadableException.class,
            MethodArgumentNotValidException.class, HandlerMethodValidationException.class,
            ServletRequestBindingException.class, MaxUploadSizeExceededException.class, MultipartException.class })
    Object badRequest(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, badRequestDetail(e), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
            HttpServletResponse response) {
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
            // a page answer (ModelAndView) has no headers of its own: RFC 9110 requires Allow with every 405
            response.setHeader(HttpHeaders.ALLOW, headers.getFirst(HttpHeaders.ALLOW));
        }
        String method = e.getMethod().matches("[A-Z]{1,10}") ? e.getMethod() : "such";
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED,
                "This address does not accept " + method + " requests.", headers);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "This content type is not accepted here; send application/json.", HttpHeaders.EMPTY);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Void> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    static String badRequestDetail(Exception e) {
        if (e instanceof BadInputException) {
            return e.getMessage();
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return "The parameter '" + m.getParameterName() + "' is missing.";
        }
        if (e instanceof MethodArgumentTypeMismatchException m) {
            return "The value of '" + m.getName() + "' is not valid.";
        }
        if (e instanceof HttpMessageNotReadableException) {
            return "The request body could not be read: it is empty, too large or not valid JSON.";
        }
        if (e instanceof MethodArgumentNotValidException m && m.getBindingResult().getFieldError() != null) {
            var f = m.getBindingResult().getFieldError();
            return "The value of '" + f.getField() + "' is not valid: " + f.getDefaultMessage() + ".";
        }
        if (e instanceof HandlerMethodValidationException m && !m.getParameterValidationResults().isEmpty()) {
            ParameterValidationResult r = m.getParameterValidationResults().get(0);
            String name = r.getMethodParameter().getParameterName();
            String why = r.getResolvableErrors().isEmpty() ? "not valid" : r.getResolvableErrors().get(0).getDefaultMessage();
            return "The value of '" + name + "' is not valid: " + why + ".";
        }
        if (e instanceof MultipartException) {
            return "The form sent is too large or malformed.";
        }
        return "The request is not valid.";
    }

    Object answer(HttpServletRequest request, HttpStatus status, String detail, HttpHeaders headers) {
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(status.getReasonPhrase());
            problem.setInstance(instance(request));
            return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView(status == HttpStatus.TOO_MANY_REQUESTS ? "error/429"
                : status.is4xxClientError() ? "error/4xx" : "error/5xx",
                Map.of("status", status.value(), "error", status.getReasonPhrase(), "detail", detail,
                        "emergencyNumber", properties.emergencyNumber(), "disclaimer", kb.rules().disclaimer()),
                status);
        return page;
    }

    /** The address the problem is about, if it is a plain path (a rejected address is not repeated). */
    private static URI instance(HttpServletRequest request) {
        Object failed = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String f ? f : request.getRequestURI();
        return uri.matches("/[A-Za-z0-9/_.-]{0,200}") && !uri.contains("//") && !uri.contains("..") ? URI.create(uri) : null;
    }

    /** API addresses answer in JSON; everything else is a page. On an error dispatch, the address that failed. */
    static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String f ? f : request.getRequestURI();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        return path.startsWith("/api/");
    }
}
