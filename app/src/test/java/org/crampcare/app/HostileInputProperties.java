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

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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
    private static String csrf;

    @BeforeContainer
    static void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        app = CrampCareApplication.run("--server.port=" + port, "--logging.level.root=OFF");
        // a cookie jar for the CSRF token's cookie; the form's copy of the token goes with every questionnaire POST
        http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(30))
                .build();
        base = "http://localhost:" + port;
        String start = http.send(HttpRequest.newBuilder(URI.create(base + "/assessment")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var field = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(start);
        if (!field.find()) {
            throw new IllegalStateException("no CSRF token on the questionnaire's form");
        }
        csrf = "&_csrf=" + java.net.URLEncoder.encode(field.group(1), StandardCharsets.US_ASCII);
        knownAnswer = post("/api/v1/assessments", "application/json", KNOWN.getBytes(StandardCharsets.UTF_8)).body();
        // the questionnaire's page for changing one answer (the duration), for a journey begun "for myself"
        String journey = http.send(HttpRequest.newBuilder(URI.create(base + "/assessment"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_who=self" + csrf)).build(), HttpResponse.BodyHandlers.discarding())
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
        assertThat(post("/api/v1/assessments", "application/json", KNOWN.getBytes(StandardCharsets.UTF_8)).body())
                .isEqualTo(knownAnswer);
    }

    @Property(tries = 60)
    void theQuestionnaireAnswersHostileNumbersBrieflyAndNeverFails(@ForAll("hostileBodies") byte[] value)
            throws Exception {
        String encoded = java.net.URLEncoder.encode(new String(value, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
        byte[] form = ("%2Fepisode%2Fduration_seconds=" + encoded + "&_unit=s" + csrf).getBytes(StandardCharsets.US_ASCII);
        HttpResponse<byte[]> r = post(durationChange, "application/x-www-form-urlencoded", form);
        assertThat(r.statusCode()).isBetween(200, 499).isNotEqualTo(403);
        assertThat(r.body().length).isLessThanOrEqualTo(4 * form.length + 64 * 1024);
    }

    @Provide
    Arbitrary<byte[]> hostileBodies() {
        return hostile();
    }

    /** Hostile request bodies as bytes: each kind the issue found, and mixtures of them inside a plausible request. */
    static Arbitrary<byte[]> hostile() {
        Arbitrary<String> numbers = Arbitraries.of("1e19", "-1e19", "1e400", "-1e400", "1" + "0".repeat(309),
                "9223372036854775808", "1.5", "0.000000001", "1e-400", "-0", "1e2147483647",
                "123456789012345678901234567890", "2.5e3", "NaN", "Infinity", "0x10", "01");
        Arbitrary<String> fields = Arbitraries.of("person", "age_years", "episode", "pain", "duration_seconds",
                "episodes_per_week", "symptoms", "medications", "history", "locations", "x", "");
        Arbitrary<String> odd = Arbitraries.of("\"\\ud800\"", "\"\\u0000\"", "\"\ufeff\"", "\"\u202e\"",
                "\"\ud83d\ude00\"", "\"\\udfff\\ud800\"", "\"" + "a".repeat(300) + "\"", "\"chest_pain\"", "true",
                "null", "{}", "[]");
        Arbitrary<String> value = Arbitraries.oneOf(numbers, odd);
        Arbitrary<String> duplicate = Combinators.combine(fields, value, value)
                .as((f, a, b) -> "{\"" + f + "\":" + a + ",\"" + f + "\":" + b + "}");
        Arbitrary<String> nested = Combinators.combine(fields, fields, value)
                .as((a, b, v) -> "{\"" + a + "\":{\"" + b + "\":" + v + "}}");
        Arbitrary<String> deep = Arbitraries.integers().between(10, 3000).map(n -> "[".repeat(n) + "]".repeat(n));
        Arbitrary<String> deepOpen = Arbitraries.integers().between(10, 3000).map(n -> "{\"a\":".repeat(n));
        Arbitrary<String> large = Combinators.combine(fields, Arbitraries.integers().between(50, 8000), value)
                .as((f, n, v) -> "{\"" + f + "\":[" + String.join(",", java.util.Collections.nCopies(n, v)) + "]}");
        Arbitrary<String> manyFields = Arbitraries.integers().between(50, 3000)
                .map(n -> "{" + java.util.stream.IntStream.range(0, n).mapToObj(i -> "\"f" + i + "\":" + i)
                        .collect(java.util.stream.Collectors.joining(",")) + "}");
        Arbitrary<byte[]> text = Arbitraries.oneOf(duplicate, nested, deep, deepOpen, large, manyFields, value)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> invalidUtf8 = Combinators.combine(nested, Arbitraries.of(
                new byte[] { (byte) 0xc3, 0x28 }, new byte[] { (byte) 0xff }, new byte[] { (byte) 0xc0, (byte) 0xaf },
                new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 }, new byte[] { (byte) 0xfe, (byte) 0xff, 0, 0x7b },
                new byte[] { 0 })).as((s, bad) -> {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    byte[] out = java.util.Arrays.copyOf(b, b.length + bad.length);
                    System.arraycopy(bad, 0, out, b.length / 2, bad.length);
                    System.arraycopy(b, b.length / 2, out, b.length / 2 + bad.length, b.length - b.length / 2);
                    return out;
                });
        return Arbitraries.frequencyOf(Tuple.of(4, text), Tuple.of(1, invalidUtf8),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(2000)));
    }
}
