package org.crampcare.app.theme;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What every page needs for the theme: the visitor's choice (the layout links the dark colours for it, and marks the
 * switch), and the address of the page, so the switch can come back to it.
 */
@ControllerAdvice
class ThemeAdvice {

    @ModelAttribute("theme")
    String theme(@CookieValue(name = Theme.COOKIE, required = false) String cookie) {
        return Theme.fromKey(cookie).key();
    }

    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri instanceof String s ? s : request.getRequestURI();
        String query = errorUri == null ? request.getQueryString() : null;
        return ThemeController.safeBack(query == null ? path : path + "?" + query);
    }
}
