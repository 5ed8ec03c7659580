package org.crampcare.app.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The accounts, in the {@code account} table (Flyway V1). */
@Repository
public class Accounts {
    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(AccountId id) {
        return jdbc.sql("select id, email, password_hash, time_zone, created_at from account where id = ?")
                .param(id.value()).query(Accounts::account).optional();
    }

    public Optional<Account> find(Email email) {
        return jdbc.sql("select id, email, password_hash, time_zone, created_at from account where email = ?")
                .param(email.value()).query(Accounts::account).optional();
    }

    /** A new account, or nothing if the address already has one (the unique constraint decides, so no race). */
    Optional<AccountId> create(Email email, String passwordHash, ZoneId zone, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into account (email, password_hash, time_zone, created_at) values (?, ?, ?, ?)")
                    .params(email.value(), passwordHash, zone.getId(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return Optional.of(new AccountId(keys.getKeyAs(Number.class).longValue()));
    }

    void changePasswordHash(Email email, String passwordHash) {
        jdbc.sql("update account set password_hash = ? where email = ?").params(passwordHash, email.value()).update();
    }

    void changeTimeZone(AccountId id, ZoneId zone) {
        jdbc.sql("update account set time_zone = ? where id = ?").params(zone.getId(), id.value()).update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(new AccountId(rs.getLong("id")), new Email(rs.getString("email")),
                rs.getString("password_hash"), ZoneId.of(rs.getString("time_zone")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
