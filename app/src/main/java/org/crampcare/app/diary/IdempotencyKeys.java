package org.crampcare.app.diary;

import java.time.Instant;
import java.util.Optional;

import org.crampcare.app.account.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code Idempotency-Key} of every create and what it created; the primary key (owner, key) decides races. */
@Repository
class IdempotencyKeys {
    /** What a key created, and the fingerprint of the request that created it. */
    record Claim(Resource resource, long resourceId, String fingerprint) {
    }

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Claim> find(AccountId owner, String key) {
        return jdbc.sql("select resource, resource_id, fingerprint from idempotency_key where account_id = ? and idem_key = ?")
                .params(owner.value(), key)
                .query((rs, n) -> new Claim(Resource.of(rs.getString("resource")), rs.getLong("resource_id"),
                        rs.getString("fingerprint")))
                .optional();
    }

    /** Fails with {@code DuplicateKeyException} when the key is taken (by a request that committed first). */
    void insert(AccountId owner, String key, Claim claim, Instant now) {
        jdbc.sql("insert into idempotency_key (account_id, idem_key, resource, resource_id, fingerprint, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(owner.value(), key, claim.resource().column(), claim.resourceId(), claim.fingerprint(),
                        Sql.timestamp(now))
                .update();
    }
}
