package org.crampcare.app.diary;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL (17, from zonky's binaries, no Docker) for the whole test JVM, started on first use and stopped
 * when the JVM ends. If it cannot start, the test that needs it fails: it is never skipped.
 */
final class Postgres {
    private static EmbeddedPostgres server;

    private Postgres() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is ending
                }
            }));
        }
        return server;
    }

    /** A new database on the shared server for one application context, so contexts do not see each other's rows. */
    static void register(DynamicPropertyRegistry registry) {
        EmbeddedPostgres pg = server();
        String db = "crampcare_" + Long.toHexString(System.nanoTime());
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database " + db);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create a PostgreSQL database", e);
        }
        registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", db));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
