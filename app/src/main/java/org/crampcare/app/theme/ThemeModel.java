package org.crampcare.app.theme;

import org.crampcare.app.config.PageModel;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every page needs for the theme: the visitor's choice ({@code theme}: the layout links the dark colours for it,
 * and marks the switch), and the address of the page ({@code here}), so the switch can come back to it.
 *
 * <p>Added to a page's model after its controller ran, only when a view is rendered: an API answer has no model, and a
 * {@code @ModelAttribute} advice would cost every API request the creation and reflective call of its methods.
 */
@Configuration(proxyBeanMethods = false)
class ThemeModel implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (PageModel.rendersAPage(page)) {
            page.addObject("theme", Theme.of(request).key());
            page.addObject("here", here(request));
        }
    }

    static String here(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri instanceof String s ? s : request.getRequestURI();
        String query = errorUri == null ? request.getQueryString() : null;
        return ThemeController.safeBack(query == null ? path : path + "?" + query);
    }
}
