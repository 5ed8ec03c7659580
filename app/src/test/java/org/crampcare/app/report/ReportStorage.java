package org.crampcare.app.report;

import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.crampcare.app.account.AccountId;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A database with every migration applied, for the storage tests (H2 in memory, or embedded PostgreSQL). */
final class ReportStorage {
    private ReportStorage() {
    }

    static JdbcClient migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false).load().migrate();
        return JdbcClient.create(dataSource);
    }

    static AccountId account(JdbcClient jdbc, String email, String zone) {
        jdbc.sql("insert into account (email, password_hash, time_zone, created_at) values (?, 'x', ?, ?)")
                .params(email, zone, Instant.parse("2026-11-01T00:00:00Z").atOffset(ZoneOffset.UTC)).update();
        return new AccountId(jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single());
    }
}
