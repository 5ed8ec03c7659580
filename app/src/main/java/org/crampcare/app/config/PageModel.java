package org.crampcare.app.config;

import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every page shows: the emergency number and the disclaimer (from the knowledge base), added to a page's model
 * after its controller ran, only when a view is rendered (an API answer has none; see theme.ThemeModel for why this
 * is not a {@code @ModelAttribute} advice). Error pages rendered outside a controller set them themselves (ApiErrors).
 */
@Configuration(proxyBeanMethods = false)
public class PageModel implements WebMvcConfigurer, HandlerInterceptor {
    private final CrampCareProperties properties;
    private final KnowledgeBase kb;

    PageModel(CrampCareProperties properties, KnowledgeBase kb) {
        this.properties = properties;
        this.kb = kb;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (rendersAPage(page)) {
            page.addObject("emergencyNumber", properties.emergencyNumber());
            page.addObject("disclaimer", kb.rules().disclaimer());
        }
    }

    /** A handler's answer that renders a page: not an API answer (no model) and not a redirect. */
    public static boolean rendersAPage(ModelAndView page) {
        return page != null && !(page.getView() instanceof RedirectView)
                && !(page.getViewName() != null && page.getViewName().startsWith("redirect:"));
    }
}
