package org.crampcare.app.report;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.crampcare.app.account.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The calendar feeds (table {@code calendar_feed}): at most one live feed per account; a new one revokes the old. */
@Repository
public class CalendarFeeds {
    /** A live feed, as the calendar address finds it. */
    public record Feed(long id, AccountId account, LocalTime remindAt, ZoneId zone, Instant created) {
    }

    private final JdbcClient jdbc;

    public CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes a feed for the account and returns its secret (shown to the owner once, never stored). */
    @Transactional
    public String create(AccountId account, LocalTime remindAt, Instant now) {
        revoke(account, now);
        String secret = Secrets.create();
        jdbc.sql("insert into calendar_feed (account_id, secret_hash, remind_at, created_at) values (?, ?, ?, ?)")
                .params(account.value(), Secrets.sha256(secret), remindAt, utc(now)).update();
        return secret;
    }

    /** Revokes the account's live feed, if any; its address then answers 404. */
    public int revoke(AccountId account, Instant now) {
        return jdbc.sql("update calendar_feed set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(utc(now), account.value()).update();
    }

    /** The live feed of the account, if it has one. */
    public Optional<Feed> live(AccountId account) {
        return jdbc.sql("select f.id, f.account_id, f.remind_at, a.time_zone, f.created_at from calendar_feed f "
                + "join account a on a.id = f.account_id where f.account_id = ? and f.revoked_at is null")
                .param(account.value()).query((rs, n) -> feed(rs)).optional();
    }

    /** The live feed this secret opens; empty for an unknown, malformed or revoked secret alike. */
    public Optional<Feed> bySecret(String secret) {
        return Secrets.hashOf(secret).flatMap(hash -> jdbc.sql("select f.id, f.account_id, f.remind_at, a.time_zone, "
                + "f.created_at from calendar_feed f join account a on a.id = f.account_id "
                + "where f.secret_hash = ? and f.revoked_at is null").param(hash).query((rs, n) -> feed(rs)).optional());
    }

    private static Feed feed(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Feed(rs.getLong(1), new AccountId(rs.getLong(2)), rs.getObject(3, LocalTime.class),
                ZoneId.of(rs.getString(4)), rs.getObject(5, OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
