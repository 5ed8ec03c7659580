package org.crampcare.app.firstaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.crampcare.app.config.WebSliceConfig;
import org.crampcare.app.library.Library;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(FirstAidController.class)
@Import({ WebSliceConfig.class, Library.class, FirstAidPages.class })
class FirstAidPageCacheTest {
    @Autowired
    MockMvc mvc;

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPageServedAgainIsIdentical() throws Exception {
        assertThat(body("/first-aid/night")).isEqualTo(body("/first-aid/night")).isEqualTo(body("/first-aid/night"));
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
        assertThat(FirstAidPageCache.acceptsGzip(request)).isFalse();
        request = new org.springframework.mock.web.MockHttpServletRequest();
        request.addHeader("Accept-Encoding", "br, gzip;q=0.8");
        assertThat(FirstAidPageCache.acceptsGzip(request)).isTrue();
    }
}
