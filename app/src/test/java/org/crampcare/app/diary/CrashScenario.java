package org.crampcare.app.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.JsonNode;

/**
 * The crash test against the real jar ({@code app/target/crampcare-app.jar}, built by {@code package}): many clients
 * log cramps, each with its own Idempotency-Key; the server is killed with SIGKILL mid-stream and started again on
 * the same data folder; every request that got no answer is sent again with its key. Then every acknowledged entry
 * is there exactly once, with the id it was acknowledged with, and no key made two entries.
 */
abstract class CrashScenario {
    static final int CLIENTS = 8;
    static final int ACKED_BEFORE_KILL = 60;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Process server;
    Path log;

    /** The port of this variant (the diary helper's range is 18200-18299). */
    abstract int port();

    /** Extra java arguments before the jar (a class path for a test-only sign-in, say). */
    abstract List<String> launch(Path work) throws IOException;

    /** Headers that act for the test's account on the API, after (re)starting; the same account each time. */
    abstract String[] signIn() throws Exception;

    String base() {
        return "http://127.0.0.1:" + port();
    }

    static Path jar() {
        Path jar = Path.of("target", "crampcare-app.jar");
        assertThat(jar).as("the application jar (mvn package builds it before this test runs)").exists();
        return jar;
    }

    void start(Path work) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch(work));
        command.add("--server.port=" + port());
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("CRAMPCARE_DATA_DIR", work.resolve("data").toString());
        pb.redirectErrorStream(true);
        log = work.resolve("server-" + Instant.now().toEpochMilli() + ".log");
        pb.redirectOutput(log.toFile());
        server = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            assertThat(server.isAlive()).as("the server runs (log: %s)", log).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base() + "/first-aid/calf")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            assertThat(System.nanoTime()).as("the server answered within 90 s (log: %s)", log).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    void kill() throws InterruptedException {
        server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
        server.waitFor(30, TimeUnit.SECONDS);
    }

    static String body(String key, int n) {
        return "{\"at\":\"" + Instant.now().minusSeconds(n).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + "\",\"zone\":\"Europe/London\",\"place\":\"calf\",\"side\":\"left\",\"pain\":" + (n % 11)
                + ",\"notes\":\"" + key + "\"}";
    }

    HttpResponse<String> create(String[] auth, String key, String body) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base() + EpisodeApiController.PATH))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth.length > 0) {
            r.headers(auth);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    void run() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-");
        start(work);
        String[] auth = signIn();
        Map<String, Long> acked = new ConcurrentHashMap<>();
        Map<String, String> unanswered = new ConcurrentHashMap<>();
        Map<String, String> bodies = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            pool.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String key = "crash-" + client + "-" + n + "-" + UUID.randomUUID();
                    String body = body(key, n);
                    bodies.put(key, body);
                    try {
                        HttpResponse<String> r = create(auth, key, body);
                        if (r.statusCode() == 201) {
                            acked.put(key, DiaryJson.MAPPER.readTree(r.body()).get("id").asLong());
                        } else {
                            unanswered.put(key, body);
                        }
                    } catch (IOException e) {
                        unanswered.put(key, body);
                    } catch (InterruptedException e) {
                        unanswered.put(key, body);
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acked.size() < ACKED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        kill();
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acked).as("entries acknowledged before the kill").hasSizeGreaterThanOrEqualTo(ACKED_BEFORE_KILL);

        start(work);
        try {
            String[] again = signIn();
            Map<String, Long> retried = new HashMap<>();
            for (var e : unanswered.entrySet()) {
                HttpResponse<String> r = create(again, e.getKey(), e.getValue());
                assertThat(r.statusCode()).as("retry of %s: %s", e.getKey(), r.body()).isEqualTo(201);
                retried.put(e.getKey(), DiaryJson.MAPPER.readTree(r.body()).get("id").asLong());
            }
            // a retry of an acknowledged one answers with the same entry
            for (var e : acked.entrySet().stream().limit(10).toList()) {
                HttpResponse<String> r = create(again, e.getKey(), bodies.get(e.getKey()));
                assertThat(r.statusCode()).isEqualTo(201);
                assertThat(DiaryJson.MAPPER.readTree(r.body()).get("id").asLong()).isEqualTo(e.getValue());
            }
            HttpRequest.Builder list = HttpRequest.newBuilder(URI.create(base() + EpisodeApiController.PATH));
            if (again.length > 0) {
                list.headers(again);
            }
            JsonNode all = DiaryJson.MAPPER.readTree(http.send(list.build(), HttpResponse.BodyHandlers.ofString()).body())
                    .get("episodes");
            Map<String, List<Long>> byKey = new HashMap<>();
            all.forEach(x -> byKey.computeIfAbsent(x.get("notes").asString(), k -> new ArrayList<>()).add(x.get("id").asLong()));
            acked.forEach((key, id) -> assertThat(byKey.get(key)).as("acknowledged %s", key).containsExactly(id));
            retried.forEach((key, id) -> assertThat(byKey.get(key)).as("retried %s", key).containsExactly(id));
            assertThat(all.size()).as("no entry made twice, none made without a request")
                    .isEqualTo(acked.size() + retried.size());
            System.out.printf("crash test: %d acknowledged before SIGKILL, %d unanswered and retried, %d stored%n",
                    acked.size(), retried.size(), all.size());
        } finally {
            kill();
        }
    }
}
