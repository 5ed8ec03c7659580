package org.crampcare.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A kept page sent by Tomcat from in front of the filters ({@link PageCacheValve}) is the same answer as the
 * first, rendered one: the same page, each header once (a copy used to carry every security header twice), the
 * page's own content type, revalidation, HEAD; and it is sent only to whom the cache may serve.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageCacheValveTest {
    @LocalServerPort
    int port;

    @Autowired
    PageCache cache;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) throws Exception {
        if (response.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent()) {
            try (var in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Every header with how often it came, the headers of one exchange left out. */
    private static Map<String, List<String>> pageHeaders(HttpHeaders headers) {
        Map<String, List<String>> kept = new TreeMap<>(headers.map());
        for (String exchange : List.of("date", "content-length", "transfer-encoding", "pragma", "expires", "vary",
                "content-language", "connection", "keep-alive")) {
            kept.remove(exchange);
        }
        return kept;
    }

    @Test
    void aCopyIsTheFirstAnswerWithEachHeaderOnce() throws Exception {
        HttpResponse<byte[]> first = send("GET", "/first-aid/foot-and-toes", "Accept-Encoding", "gzip");
        assertThat(cache.find(request("/first-aid/foot-and-toes"))).as("kept after the first answer").isNotNull();
        HttpResponse<byte[]> copy = send("GET", "/first-aid/foot-and-toes", "Accept-Encoding", "gzip");
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(text(copy)).isEqualTo(text(first)).contains("tel:");
        assertThat(pageHeaders(copy.headers())).isEqualTo(pageHeaders(first.headers()));
        for (String once : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                "Referrer-Policy", "Content-Type", "ETag", "Cache-Control", "Content-Encoding")) {
            assertThat(copy.headers().allValues(once)).as(once).hasSize(1);
        }
        assertThat(copy.headers().firstValue("Content-Type")).contains("text/html;charset=UTF-8");
        assertThat(copy.headers().firstValue("Vary")).contains("Accept-Encoding, Cookie");
        assertThat(copy.headers().firstValueAsLong("Content-Length")).hasValue(copy.body().length);

        HttpResponse<byte[]> plain = send("GET", "/first-aid/foot-and-toes");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(text(plain)).isEqualTo(text(first));
    }

    @Test
    void aCopyIsRevalidatedAndAnsweredToHead() throws Exception {
        send("GET", "/first-aid/back-of-thigh");
        String etag = send("GET", "/first-aid/back-of-thigh").headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> unchanged = send("GET", "/first-aid/back-of-thigh", "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().allValues("Content-Security-Policy")).hasSize(1);
        HttpResponse<byte[]> head = send("HEAD", "/first-aid/back-of-thigh");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().allValues("Content-Type")).containsExactly("text/html;charset=UTF-8");
    }

    @Test
    void someoneWhoMayBeSignedInIsNotSentACopy() throws Exception {
        send("GET", "/first-aid/night");
        assertThat(cache.find(request("/first-aid/night"))).isNotNull();
        var signedIn = request("/first-aid/night");
        signedIn.setCookies(new jakarta.servlet.http.Cookie("SESSION", "x"));
        assertThat(cache.find(signedIn)).isNull();
        var withToken = request("/first-aid/night");
        withToken.addHeader("Authorization", "Bearer x");
        assertThat(cache.find(withToken)).isNull();
        assertThat(cache.find(request("/first-aid/night;x=1"))).isNull();
    }

    private static org.springframework.mock.web.MockHttpServletRequest request(String path) {
        return new org.springframework.mock.web.MockHttpServletRequest("GET", path);
    }
}
