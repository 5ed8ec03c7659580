package org.crampcare.app.diary;

import java.util.Locale;
import java.util.Map;

import org.crampcare.app.config.CrampCareProperties;
import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A diary form that could not be used: the friendly 400 page (emergency number and disclaimer included). */
@ControllerAdvice(assignableTypes = { DiaryPageController.class, CheckInPageController.class, ChangePageController.class })
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class DiaryPageErrors {
    private final MessageSource messages;
    private final CrampCareProperties properties;
    private final KnowledgeBase kb;

    DiaryPageErrors(MessageSource messages, CrampCareProperties properties, KnowledgeBase kb) {
        this.messages = messages;
        this.properties = properties;
        this.kb = kb;
    }

    @ExceptionHandler(DiaryProblems.BadParameter.class)
    ModelAndView badParameter(DiaryProblems.BadParameter e, Locale locale) {
        return page(messages.getMessage("diary.error.date", null, "diary.error.date", locale));
    }

    @ExceptionHandler(BadFormException.class)
    ModelAndView badForm(BadFormException e, Locale locale) {
        return page(messages.getMessage(e.messageKey, null, e.messageKey, locale));
    }

    private ModelAndView page(String detail) {
        return new ModelAndView("error/4xx", Map.of("status", 400, "error", HttpStatus.BAD_REQUEST.getReasonPhrase(),
                "detail", detail,
                "emergencyNumber", properties.emergencyNumber(), "disclaimer", kb.rules().disclaimer()),
                HttpStatus.BAD_REQUEST);
    }
}
