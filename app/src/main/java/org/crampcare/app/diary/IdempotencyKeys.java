package org.crampcare.app.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crampcare.app.account.AccountId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

/** The {@code Idempotency-Key} of every create and what it created; the primary key (owner, key) decides races. */
@Repository
class IdempotencyKeys {
    /** What a key created, and the fingerprint of the request that created it. */
    record Claim(Resource resource, long resourceId, String fingerprint) {
    }

    /** A key as its owner sent it: keys are unique per account. */
    record Owned(AccountId owner, String key) {
    }

    private static final String INSERT = "insert into idempotency_key "
            + "(account_id, idem_key, resource, resource_id, fingerprint, created_at) values (?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    IdempotencyKeys(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    Optional<Claim> find(AccountId owner, String key) {
        return jdbc.sql("select resource, resource_id, fingerprint from idempotency_key where account_id = ? and idem_key = ?")
                .params(owner.value(), key)
                .query((rs, n) -> claim(rs))
                .optional();
    }

    /**
     * The claims of those of {@code keys} that were used before, in one query. Its text is the same whatever the
     * number of keys (two arrays, not a list of pairs): PostgreSQL plans it once, where a list of 40 pairs took about
     * 3 ms to plan on every batch.
     */
    Map<Owned, Claim> findAll(List<Owned> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Object[] owners = keys.stream().map(k -> k.owner().value()).toArray();
        Object[] names = keys.stream().map(Owned::key).toArray();
        Map<Owned, Claim> found = new HashMap<>();
        jdbc.sql("select k.account_id, k.idem_key, k.resource, k.resource_id, k.fingerprint from idempotency_key k "
                        + "join unnest(?, ?) as w(account_id, idem_key) "
                        + "on k.account_id = w.account_id and k.idem_key = w.idem_key")
                .params(new SqlArrayValue("bigint", owners), new SqlArrayValue("varchar", names))
                .query(rs -> {
                    found.put(new Owned(new AccountId(rs.getLong("account_id")), rs.getString("idem_key")), claim(rs));
                });
        return found;
    }

    /** As {@link #insert} for each, in one batch (one round trip); fails as a whole when any key is taken. */
    void insertAll(Map<Owned, Claim> claims, Instant now) {
        List<Object[]> rows = new ArrayList<>(claims.size());
        claims.forEach((k, c) -> rows.add(new Object[] { k.owner().value(), k.key(), c.resource().column(), c.resourceId(),
                c.fingerprint(), Sql.timestamp(now) }));
        batches.batchUpdate(INSERT, rows);
    }

    /** Fails with {@code DuplicateKeyException} when the key is taken (by a request that committed first). */
    void insert(AccountId owner, String key, Claim claim, Instant now) {
        jdbc.sql(INSERT)
                .params(owner.value(), key, claim.resource().column(), claim.resourceId(), claim.fingerprint(),
                        Sql.timestamp(now))
                .update();
    }

    private static Claim claim(ResultSet rs) throws SQLException {
        return new Claim(Resource.of(rs.getString("resource")), rs.getLong("resource_id"), rs.getString("fingerprint"));
    }
}
