package org.crampcare.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.context.ConfigurableApplicationContext;

import org.crampcare.testing.HostileJson;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile JSON thrown at the assessment API and the questionnaire over real HTTP: never a 5xx, an answer no larger than
 * a small multiple of the request (plus a constant), and the server still answering a known request with the same
 * bytes afterwards.
 */
class HostileInputProperties {
    private static final String KNOWN = "{\"person\":{\"age_years\":74},\"episode\":{\"locations\":[\"calf\"]},"
            + "\"medications\":[\"Lasix 40 mg\"]}";
    private static ConfigurableApplicationContext app;
    private static HttpClient http;
    private static String base;
    private static String durationChange;
    private static byte[] knownAnswer;
    /** Spaces after the known request, one more each time: a new text, so the answer is worked out, not kept. */
    private static final java.util.concurrent.atomic.AtomicInteger AGAIN = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeContainer
    static void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        app = CrampCareApplication.run("--server.port=" + port, "--logging.level.root=OFF");
        // the questionnaire needs no CSRF token (it stores nothing) and sets no cookie
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        base = "http://localhost:" + port;
        knownAnswer = post("/api/v1/assessments", "application/json", KNOWN.getBytes(StandardCharsets.UTF_8)).body();
        // the questionnaire's page for changing one answer (the duration), for a journey begun "for myself"
        String journey = http.send(HttpRequest.newBuilder(URI.create(base + "/assessment"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_who=self")).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("Location").orElseThrow();
        String token = journey.substring(journey.indexOf("a=") + 2);
        String html = new String(http.send(HttpRequest.newBuilder(URI.create(base + "/assessment/check?a=" + token)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
        int duration = org.crampcare.knowledge.KnowledgeBase.load().rules().questions().stream().map(q -> q.field())
                .toList().indexOf("/episode/duration_seconds");
        durationChange = "/assessment/change?q=q" + duration + "&a=" + token;
        if (html.isEmpty()) {
            throw new IllegalStateException("no check page");
        }
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static HttpResponse<byte[]> post(String path, String type, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Property(tries = 150)
    void theApiAnswersHostileJsonBrieflyAndNeverFails(@ForAll("hostileBodies") byte[] body) throws Exception {
        HttpResponse<byte[]> r = post("/api/v1/assessments", "application/json", body);
        assertThat(r.statusCode()).isBetween(200, 499);
        assertThat(r.body().length).isLessThanOrEqualTo(4 * body.length + 32 * 1024);
        String again = KNOWN + " ".repeat(AGAIN.incrementAndGet());
        assertThat(post("/api/v1/assessments", "application/json", again.getBytes(StandardCharsets.UTF_8)).body())
                .isEqualTo(knownAnswer);
    }

    @Property(tries = 60)
    void theQuestionnaireAnswersHostileNumbersBrieflyAndNeverFails(@ForAll("hostileBodies") byte[] value)
            throws Exception {
        String encoded = java.net.URLEncoder.encode(new String(value, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        byte[] form = ("%2Fepisode%2Fduration_seconds=" + encoded + "&_unit=s").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<byte[]> r = post(durationChange, "application/x-www-form-urlencoded", form);
        assertThat(r.statusCode()).isBetween(200, 499).isNotEqualTo(403);
        assertThat(r.body().length).isLessThanOrEqualTo(4 * form.length + 64 * 1024);
    }

    @Provide
    Arbitrary<byte[]> hostileBodies() {
        return HostileJson.bodies();
    }
}
