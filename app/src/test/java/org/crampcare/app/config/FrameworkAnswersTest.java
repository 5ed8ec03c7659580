package org.crampcare.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the framework answers by itself (before or instead of a controller) is as safe and as clear as any page: the
 * security headers, problem+json under /api/, HTML pages as HTML, an Allow header with a 405, no Host header copied into
 * the API description, and slow clients that cannot take first aid down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrameworkAnswersTest {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void visitingTheErrorAddressIsAPageThatDoesNotExist() throws Exception {
        HttpResponse<String> r = send("GET", "/error");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("tel:");
        assertSecurityHeaders(r);
    }

    @Test
    void anAddressTheFirewallRejectsGetsThePageAndTheHeaders() throws Exception {
        HttpResponse<String> r = send("GET", "/library//quinine");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("tel:");
        assertSecurityHeaders(r);
    }

    @Test
    void underTheApiAFirewallRejectionIsProblemJson() throws Exception {
        HttpResponse<String> r = send("GET", "/api//v1/knowledge");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertSecurityHeaders(r);
    }

    @Test
    void anEncodedDotDotThatTomcatRejectsStillCarriesTheHeaders() throws Exception {
        HttpResponse<String> r = send("GET", "/%2e%2e/etc/passwd");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("tel:").doesNotContain("Apache Tomcat");
        assertSecurityHeaders(r);
    }

    @Test
    void headersTooLargeAreAnsweredWithTheHeaders() throws Exception {
        HttpResponse<String> r = send("GET", "/first-aid", "X-Padding", "a".repeat(20_000));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("Apache Tomcat");
        assertSecurityHeaders(r);
    }

    @Test
    void traceIsRefusedWithTheHeaders() throws Exception {
        HttpResponse<String> r = send("TRACE", "/");
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).isPresent();
        assertSecurityHeaders(r);
    }

    @Test
    void aMethodNotAllowedOnAPageSaysWhichAre() throws Exception {
        // a DELETE needs the CSRF token like any form (its cookie and its copy from a page), or it is refused first
        HttpResponse<String> login = send("GET", "/login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> r = send("DELETE", "/first-aid", "Cookie", cookie, "X-XSRF-TOKEN", token.group(1));
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("GET");
        assertThat(r.body()).contains("tel:");
    }

    @Test
    void aDeleteWithoutTheCsrfTokenIsRefusedWithTheFriendlyPage() throws Exception {
        HttpResponse<String> r = send("DELETE", "/first-aid");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("tel:");
        assertSecurityHeaders(r);
    }

    @Test
    void aPageThatDoesNotExistIsHtmlWhateverItsAddressEndsWith() throws Exception {
        HttpResponse<String> r = send("GET", "/library/x.json");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }

    @Test
    void theApiDescriptionNeverRepeatsTheHostHeader() throws Exception {
        HttpResponse<String> r = send("GET", "/v3/api-docs", "X-Forwarded-Host", "evil.example");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("evil.example", "localhost:" + port);
    }

    /**
     * Slow clients each hold a connection with a request body that never comes; first aid still answers. The timeout
     * is only a generous functional bound (it used to take two minutes), not a performance threshold.
     */
    @Test
    void clientsThatSendHalfABodyCannotTakeFirstAidDown() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                Socket s = new Socket("localhost", port);
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/v1/assessments HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
            }
            HttpResponse<String> firstAid = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/first-aid/calf")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(firstAid.statusCode()).isEqualTo(200);
            assertThat(firstAid.body()).contains("tel:");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }
}
