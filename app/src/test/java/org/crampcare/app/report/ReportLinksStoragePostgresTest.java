package org.crampcare.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The same storage tests on PostgreSQL 17 (embedded, no Docker); if it cannot start, the tests fail. */
class ReportLinksStoragePostgresTest extends ReportLinksStorageContract {
    private static JdbcClient postgres;

    @Override
    JdbcClient database() {
        if (postgres == null) {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        // the JVM is ending
                    }
                }));
                postgres = ReportStorage.migrated(pg.getPostgresDatabase());
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return postgres;
    }
}
