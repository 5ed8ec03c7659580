package org.crampcare.app.account;

import org.crampcare.app.config.CrampCareProperties;
import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/** Too many attempts (sign-up, token creation): 429, {@code Retry-After}, and a page that says to wait. */
@ControllerAdvice
class AccountAdvice {
    private final CrampCareProperties properties;
    private final KnowledgeBase kb;

    AccountAdvice(CrampCareProperties properties, KnowledgeBase kb) {
        this.properties = properties;
        this.kb = kb;
    }

    @ExceptionHandler(RateLimitedException.class)
    ModelAndView tooMany(RateLimitedException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
        ModelAndView page = new ModelAndView("error/429", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("emergencyNumber", properties.emergencyNumber());
        page.addObject("disclaimer", kb.rules().disclaimer());
        return page;
    }
}
