package org.crampcare.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal access tokens for the JSON API ({@code access_token}). A token is 256 random bits (base64url, with a
 * {@code cc_} prefix so a leaked one is easy to recognise); only its SHA-256 is stored, so the database alone
 * cannot be used to call the API. A random token needs no slow hash: it cannot be guessed from its hash.
 */
@Repository
public class AccessTokens {
    static final String PREFIX = "cc_";
    /** How often "last used" is written at most, so that a busy client does not write on every call. */
    static final Duration LAST_USED_STEP = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    AccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a bearer token stands for. */
    public record Holder(AccountId account, long tokenId) {
    }

    /** A new token for the account: the token itself (to show once) and its row. */
    public record Created(String token, AccessToken row) {
    }

    Created create(AccountId account, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        jdbc.sql("insert into access_token (account_id, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(account.value(), name, hash(token), utc(now)).update();
        long id = jdbc.sql("select id from access_token where token_hash = ?").param(hash(token)).query(Long.class)
                .single();
        return new Created(token, new AccessToken(id, name, now, Optional.empty(), Optional.empty()));
    }

    public List<AccessToken> list(AccountId account) {
        return jdbc.sql("select id, name, created_at, last_used_at, revoked_at from access_token "
                + "where account_id = ? order by created_at desc, id desc").param(account.value())
                .query(AccessTokens::row).list();
    }

    /** Revokes one of the account's tokens; false if it has no such token (or it was revoked already). */
    boolean revoke(AccountId account, long id) {
        return jdbc.sql("update access_token set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
                .params(utc(clock.instant()), id, account.value()).update() == 1;
    }

    Optional<AccessToken> find(AccountId account, long id) {
        return jdbc.sql("select id, name, created_at, last_used_at, revoked_at from access_token "
                + "where id = ? and account_id = ?").params(id, account.value()).query(AccessTokens::row).optional();
    }

    /** Who a presented token belongs to, if it is one of ours and not revoked; notes when it was used. */
    public Optional<Holder> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        record Found(long id, long account, Optional<Instant> lastUsed) {
        }
        Optional<Found> found = jdbc.sql("select id, account_id, last_used_at from access_token "
                + "where token_hash = ? and revoked_at is null").param(hash(token))
                .query((rs, n) -> new Found(rs.getLong("id"), rs.getLong("account_id"),
                        Optional.ofNullable(rs.getObject("last_used_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)))
                .optional();
        found.filter(f -> f.lastUsed().map(used -> used.isBefore(now.minus(LAST_USED_STEP))).orElse(true))
                .ifPresent(f -> jdbc.sql("update access_token set last_used_at = ? where id = ?")
                        .params(utc(now), f.id()).update());
        return found.map(f -> new Holder(new AccountId(f.account()), f.id()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AccessToken row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime used = rs.getObject("last_used_at", OffsetDateTime.class);
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new AccessToken(rs.getLong("id"), rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(used).map(OffsetDateTime::toInstant),
                Optional.ofNullable(revoked).map(OffsetDateTime::toInstant));
    }
}
