package org.crampcare.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The whole application on a real server: it starts, and what every visitor gets is safe by default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "crampcare.emergency-number=999")
@Import(WebApplicationTest.Failing.class)
class WebApplicationTest {

    /** A page and an API address that fail unexpectedly, to see what a visitor gets then. */
    @RestController
    static class Failing {
        @GetMapping({ "/test-only/failure", "/api/test-only/failure" })
        String fail() {
            throw new IllegalStateException("internal detail that must not leak");
        }
    }
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scriptSrc = csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src")));
        assertThat(scriptSrc).isEqualTo("script-src 'self'");
        assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void firstAidPagesCarryTheSecurityHeadersRenderedAndCached() throws Exception {
        HttpResponse<String> first = get("/first-aid/calf");
        HttpResponse<String> cached = get("/first-aid/calf");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(cached.body()).isEqualTo(first.body());
        assertSecurityHeaders(first);
        assertSecurityHeaders(cached);
        HttpResponse<byte[]> compressed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/first-aid/calf")).header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertSecurityHeaders(compressed);
    }

    @Test
    void theEmergencyNumberComesFromTheSettings() throws Exception {
        assertThat(get("/first-aid/seizure").body()).contains("tel:999").doesNotContain("tel:112");
    }

    @Test
    void theHomePageLeadsToFirstAidAndHasTheLibrarySearch() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.body()).contains("href=\"/first-aid\"", "action=\"/library/search\"", "tel:999");
        assertSecurityHeaders(home);
    }

    @Test
    void anUnknownAddressIsAFriendlyPageWithTheEmergencyNumber() throws Exception {
        HttpResponse<String> missing = get("/no/such/page", "Accept", "text/html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found", "tel:999");
        assertSecurityHeaders(missing);
    }

    @Test
    void anUnexpectedFailureIsAFriendlyPageWithTheEmergencyNumberAndNoDetail() throws Exception {
        HttpResponse<String> failed = get("/test-only/failure", "Accept", "text/html");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).contains("Something went wrong", "tel:999").doesNotContain("must not leak");
        assertSecurityHeaders(failed);
    }

    @Test
    void anUnexpectedApiFailureIsJsonWithoutDetail() throws Exception {
        HttpResponse<String> failed = get("/api/test-only/failure", "Accept", "application/json");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("must not leak").doesNotContain("<html");
    }

    @Test
    void anUnknownApiAddressIsProblemJson() throws Exception {
        HttpResponse<String> missing = get("/api/v1/knowledge/nothing_here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void aSearchWithBadInputIs400NotAnError() throws Exception {
        assertThat(get("/library/search?q=").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/search?q=" + "a".repeat(300)).statusCode()).isEqualTo(400);
    }

    @Test
    void aFirstAidPageWithItsCssWeighsAtMost14KilobytesCompressed() throws Exception {
        var gzip = HttpResponse.BodyHandlers.ofByteArray();
        long page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/first-aid/calf"))
                .header("Accept-Encoding", "gzip").build(), gzip).body().length;
        long css = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/css/app.css"))
                .header("Accept-Encoding", "gzip").build(), gzip).body().length;
        assertThat(page + css).isLessThanOrEqualTo(14 * 1024);
    }
}
