package org.crampcare.app.firstaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.crampcare.app.config.PageCache;
import org.crampcare.app.config.WebSliceConfig;
import org.crampcare.app.library.Library;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

@WebMvcTest(FirstAidController.class)
@Import({ WebSliceConfig.class, Library.class, FirstAidPages.class })
class FirstAidPageCacheTest {
    @Autowired
    MockMvc mvc;

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Each rendering says how many came before it, so a second rendering is told apart from a copy. */
    private static final class CountingRenderer implements FilterChain {
        final AtomicInteger renderings = new AtomicInteger();

        @Override
        public void doFilter(ServletRequest request, ServletResponse response) throws IOException {
            int n = renderings.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>rendering " + n + "</p>");
        }
    }

    private static String serve(PageCache cache, String method, String path, String query, FilterChain chain)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setQueryString(query);
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, chain);
        return response.getContentAsString();
    }

    @Test
    void aPageIsRenderedOnceAndThenServedFromMemory() throws Exception {
        PageCache cache = new PageCache();
        CountingRenderer renderer = new CountingRenderer();
        String first = serve(cache, "GET", "/first-aid/night", null, renderer);
        String again = serve(cache, "GET", "/first-aid/night", null, renderer);
        assertThat(renderer.renderings).hasValue(1);
        assertThat(again).isEqualTo(first).isEqualTo("<p>rendering 1</p>");
    }

    @Test
    void pagesThatDependOnlyOnTheKnowledgeBaseAreKept() throws Exception {
        PageCache cache = new PageCache();
        for (String path : new String[] { "/", "/first-aid", "/assessment", "/library", "/library/quinine",
                "/library/topics/treatments", "/exercises" }) {
            CountingRenderer renderer = new CountingRenderer();
            serve(cache, "GET", path, null, renderer);
            serve(cache, "GET", path, null, renderer);
            assertThat(renderer.renderings).as(path).hasValue(1);
        }
    }

    @Test
    void answersThatDependOnTheRequestAreRenderedEveryTime() throws Exception {
        PageCache cache = new PageCache();
        CountingRenderer step = new CountingRenderer();
        serve(cache, "POST", "/assessment", null, step);
        serve(cache, "POST", "/assessment", null, step);
        assertThat(step.renderings).hasValue(2);
        CountingRenderer print = new CountingRenderer();
        serve(cache, "GET", "/exercises", "print=true", print);
        serve(cache, "GET", "/exercises", "print=true", print);
        assertThat(print.renderings).hasValue(2);
    }

    @Test
    void aQuestionPageIsKeptForItsAnswersLikeAResult() throws Exception {
        PageCache cache = new PageCache();
        CountingRenderer question = new CountingRenderer();
        for (String path : new String[] { "/assessment", "/assessment/more", "/assessment/check", "/assessment/change" }) {
            String first = serve(cache, "GET", path, "a=q1YqV7JSCnb1cVPSUSpQsoqOrQUA", question);
            assertThat(serve(cache, "GET", path, "a=q1YqV7JSCnb1cVPSUSpQsoqOrQUA", question)).isEqualTo(first);
        }
        assertThat(question.renderings).hasValue(4);
        serve(cache, "GET", "/assessment", "a=q1YqV7JSCnb1cVPSUSpQsoquVtJPLcgszk9J1U8rzcmpjE8sTyxKVbIqKSpNrY2tBQA", question);
        assertThat(question.renderings).hasValue(5);
    }

    @Test
    void aPageComputedFromItsAddressIsKeptForThatAddress() throws Exception {
        PageCache cache = new PageCache();
        CountingRenderer renderer = new CountingRenderer();
        String first = serve(cache, "GET", "/assessment/result", "a=AAAA", renderer);
        assertThat(serve(cache, "GET", "/assessment/result", "a=AAAA", renderer)).isEqualTo(first);
        assertThat(renderer.renderings).hasValue(1);
        serve(cache, "GET", "/assessment/result", "a=BBBB", renderer);
        serve(cache, "GET", "/assessment/print", "a=AAAA", renderer);
        serve(cache, "GET", "/library/search", "q=magnesium", renderer);
        serve(cache, "GET", "/library/search", "q=magnesium", renderer);
        assertThat(renderer.renderings).hasValue(4);
    }

    @Test
    void aPageThatSetsACookieIsNeverKept() throws Exception {
        PageCache cache = new PageCache();
        AtomicInteger renderings = new AtomicInteger();
        FilterChain withCookie = (request, response) -> {
            renderings.incrementAndGet();
            ((jakarta.servlet.http.HttpServletResponse) response).addHeader("Set-Cookie", "XSRF-TOKEN=abc; Path=/");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>yours</p>");
        };
        serve(cache, "GET", "/assessment/result", "a=AAAA", withCookie);
        serve(cache, "GET", "/assessment/result", "a=AAAA", withCookie);
        serve(cache, "GET", "/first-aid/calf", null, withCookie);
        serve(cache, "GET", "/first-aid/calf", null, withCookie);
        assertThat(renderings).hasValue(4);
    }

    @Test
    void anOverlongAddressIsNotKept() throws Exception {
        PageCache cache = new PageCache();
        CountingRenderer renderer = new CountingRenderer();
        String query = "a=" + "A".repeat(5000);
        serve(cache, "GET", "/assessment/result", query, renderer);
        serve(cache, "GET", "/assessment/result", query, renderer);
        assertThat(renderer.renderings).hasValue(2);
    }

    @Test
    void aBrowserThatAcceptsGzipGetsTheSamePageCompressed() throws Exception {
        String plain = body("/first-aid/water");
        var response = mvc.perform(get("/first-aid/water").header("Accept-Encoding", "gzip, deflate, br"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Encoding", "gzip"))
                .andExpect(header().string("Vary", "Accept-Encoding, Cookie")).andReturn().getResponse();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
        assertThat(response.getContentAsByteArray().length).isLessThan(plain.getBytes(StandardCharsets.UTF_8).length / 2);
    }

    @Test
    void anUnchangedPageIsNotSentAgain() throws Exception {
        body("/first-aid/sport");
        String etag = mvc.perform(get("/first-aid/sport")).andReturn().getResponse().getHeader("ETag");
        assertThat(etag).startsWith("W/\"");
        mvc.perform(get("/first-aid/sport").header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void pagesAreRevalidatedNotStoredBlindly() throws Exception {
        body("/first-aid/calf");
        mvc.perform(get("/first-aid/calf")).andExpect(header().string("Cache-Control", "no-cache"));
    }

    @Test
    void aMissingPageIsNeverKept() throws Exception {
        mvc.perform(get("/first-aid/elbow")).andExpect(status().isNotFound());
        mvc.perform(get("/first-aid/elbow")).andExpect(status().isNotFound());
    }

    @Test
    void theSecurityHeadersAreOnCachedPagesToo() throws Exception {
        body("/first-aid/child-cramp");
        mvc.perform(get("/first-aid/child-cramp").header("Accept-Encoding", "gzip"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void gzipRefusedWithQZeroIsNotUsed() {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.addHeader("Accept-Encoding", "gzip;q=0, identity");
        assertThat(PageCache.acceptsGzip(request)).isFalse();
        request = new org.springframework.mock.web.MockHttpServletRequest();
        request.addHeader("Accept-Encoding", "br, gzip;q=0.8");
        assertThat(PageCache.acceptsGzip(request)).isTrue();
    }
}
