package org.crampcare.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

/** The page cache never serves or keeps a signed-in person's page, a CSRF token, or an answer that sets a cookie. */
class PageCacheSignedInTest {

    /** Renders a page that says how many came before it; {@code body} is added to it. */
    private static final class Renderer implements FilterChain {
        final AtomicInteger renderings = new AtomicInteger();
        final String body;
        final boolean setsCookie;

        Renderer(String body, boolean setsCookie) {
            this.body = body;
            this.setsCookie = setsCookie;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response) throws IOException {
            int n = renderings.incrementAndGet();
            if (setsCookie) {
                ((HttpServletResponse) response).addCookie(new Cookie("XSRF-TOKEN", "t" + n));
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>rendering " + n + "</p>" + body);
        }
    }

    private static String serve(PageCache cache, Renderer renderer, Cookie... cookies) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/first-aid");
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, renderer);
        return response.getContentAsString();
    }

    @Test
    void aRequestWithASessionCookieIsNeitherServedFromTheCacheNorKept() throws Exception {
        PageCache cache = new PageCache();
        Renderer renderer = new Renderer("", false);
        serve(cache, renderer);
        assertThat(serve(cache, renderer, new Cookie("SESSION", "abc"))).contains("rendering 2");
        assertThat(serve(cache, renderer)).contains("rendering 1");
    }

    @Test
    void aSignedInPageIsNeverKeptForOthers() throws Exception {
        PageCache cache = new PageCache();
        Renderer renderer = new Renderer("", false);
        serve(cache, renderer, new Cookie("remember-me", "abc"));
        assertThat(serve(cache, renderer)).contains("rendering 2");
    }

    @Test
    void aPageWithACsrfTokenIsNeverKept() throws Exception {
        PageCache cache = new PageCache();
        Renderer renderer = new Renderer("<input type=\"hidden\" name=\"_csrf\" value=\"x\"/>", false);
        serve(cache, renderer);
        assertThat(serve(cache, renderer)).contains("rendering 2");
    }

    @Test
    void anAnswerThatSetsACookieIsNeverKept() throws Exception {
        PageCache cache = new PageCache();
        Renderer renderer = new Renderer("", true);
        serve(cache, renderer);
        assertThat(serve(cache, renderer)).contains("rendering 2");
    }

    @Test
    void aRequestWithAnAuthorizationHeaderIsNotServedFromTheCache() throws Exception {
        PageCache cache = new PageCache();
        Renderer renderer = new Renderer("", false);
        serve(cache, renderer);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/first-aid");
        request.addHeader("Authorization", "Bearer cc_x");
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, renderer);
        assertThat(response.getContentAsString()).contains("rendering 2");
    }
}
