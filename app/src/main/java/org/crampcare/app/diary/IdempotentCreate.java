package org.crampcare.app.diary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

import org.crampcare.app.account.AccountId;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A create that a retry cannot repeat. The row and its key are written in ONE transaction: either both are stored
 * or neither (a crash between the two statements leaves nothing, and the retry creates it). Two identical requests
 * at once both find no key and both insert; the key's primary key lets one commit and fails the other, whose
 * transaction (its row included) is rolled back, and which then answers with the winner's row. Creates made at the
 * same moment share a commit ({@link GroupCommit}).
 */
@Component
class IdempotentCreate implements DisposableBean {
    /** What a client may send as a key: a UUID fits, and so does any short token of these characters. */
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");
    private static final int ATTEMPTS = 20;

    /** What a create did: a new row, or the row an earlier request with the same key made. */
    record Outcome(long id, boolean replayed) {
    }

    /** The key was used before for another request (another body, or another kind of row). */
    static final class KeyReused extends RuntimeException {
        KeyReused() {
            super("this Idempotency-Key was already used for a different request");
        }
    }

    /**
     * How one kind of row is inserted: several at once, their new ids in their order. Creates of a group that name the
     * same {@code Inserts} share one call (for cramps, one JDBC batch: on PostgreSQL one round trip for all of them).
     * Whatever fails fails them all.
     */
    @FunctionalInterface
    interface Inserts<R> {
        long[] insert(List<R> rows);

        /** Rows inserted one after another, each with {@code insert} (which returns its id). */
        static <R> Inserts<R> oneByOne(ToLongFunction<R> insert) {
            return rows -> rows.stream().mapToLong(insert).toArray();
        }
    }

    private final IdempotencyKeys keys;
    private final GroupCommit<Request<?>, Outcome> commits;
    private final Clock clock;

    IdempotentCreate(IdempotencyKeys keys, PlatformTransactionManager transactions, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.commits = new GroupCommit<>(transactions, new GroupCommit.Work<>() {
            @Override
            public Outcome one(Request<?> r) {
                return createOne(r);
            }

            @Override
            public List<Outcome> all(List<Request<?>> rs) {
                return createAll(rs);
            }
        });
    }

    /** One create as a caller asked for it. */
    private record Request<R>(AccountId owner, String key, Resource resource, String fingerprint, boolean strict,
            Inserts<R> inserts, R row) {
        IdempotencyKeys.Owned owned() {
            return new IdempotencyKeys.Owned(owner, key);
        }

        long insertAlone() {
            return inserts.insert(List.of(row))[0];
        }
    }

    /**
     * Inserts {@code row} with {@code inserts} unless {@code key} already made a row; {@code fingerprint} tells a retry
     * of the same request from another request with the same key ({@link KeyReused}). With {@code strict} false, a
     * key that made a row of this kind answers with that row whatever the request (a form sent twice, once changed
     * after Back).
     */
    <R> Outcome create(AccountId owner, String key, Resource resource, String fingerprint, boolean strict,
            Inserts<R> inserts, R row) {
        Request<R> request = new Request<>(owner, key, resource, fingerprint, strict, inserts, row);
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return commits.inTransaction(request);
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                // another request with this key (or a row it conflicts with) got there first: once it has committed,
                // the next attempt finds its key; until then (H2 may time out waiting) try again
                last = e;
                Optional<IdempotencyKeys.Claim> winner = keys.find(owner, key);
                if (winner.isPresent()) {
                    return replay(winner.get(), resource, fingerprint, strict);
                }
            }
        }
        throw last;
    }

    @Override
    public void destroy() {
        commits.close();
    }

    /** A create alone: look for its key, insert the row, claim the key. */
    private Outcome createOne(Request<?> r) {
        Optional<IdempotencyKeys.Claim> earlier = keys.find(r.owner(), r.key());
        if (earlier.isPresent()) {
            return replay(earlier.get(), r.resource(), r.fingerprint(), r.strict());
        }
        long id = r.insertAlone();
        keys.insert(r.owner(), r.key(), new IdempotencyKeys.Claim(r.resource(), id, r.fingerprint()), clock.instant());
        return new Outcome(id, false);
    }

    /**
     * Creates sharing a transaction: one query for all their keys, the rows (one {@link Inserts} call for each kind),
     * then one batch for all the new keys: on PostgreSQL a handful of round trips for the group instead of three for
     * each create. Two of them with the same key fail the group, as a key another transaction claimed first fails the
     * batch on its primary key: all of them then run alone, and the second finds the first's key.
     */
    private List<Outcome> createAll(List<Request<?>> rs) {
        Map<IdempotencyKeys.Owned, IdempotencyKeys.Claim> earlier = keys.findAll(rs.stream().map(Request::owned).toList());
        Outcome[] outcomes = new Outcome[rs.size()];
        Map<Inserts<?>, List<Integer>> toInsert = new LinkedHashMap<>();
        Set<IdempotencyKeys.Owned> fresh = new HashSet<>();
        for (int i = 0; i < rs.size(); i++) {
            Request<?> r = rs.get(i);
            IdempotencyKeys.Claim claim = earlier.get(r.owned());
            if (claim != null) {
                outcomes[i] = replay(claim, r.resource(), r.fingerprint(), r.strict());
            } else if (!fresh.add(r.owned())) {
                throw new DuplicateKeyException("two creates with one key in one transaction");
            } else {
                toInsert.computeIfAbsent(r.inserts(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<IdempotencyKeys.Owned, IdempotencyKeys.Claim> claimed = new LinkedHashMap<>();
        toInsert.forEach((inserts, indexes) -> {
            long[] ids = insertAll(inserts, indexes.stream().map(rs::get).toList());
            for (int j = 0; j < ids.length; j++) {
                Request<?> r = rs.get(indexes.get(j));
                claimed.put(r.owned(), new IdempotencyKeys.Claim(r.resource(), ids[j], r.fingerprint()));
                outcomes[indexes.get(j)] = new Outcome(ids[j], false);
            }
        });
        keys.insertAll(claimed, clock.instant());
        return List.of(outcomes);
    }

    /** The rows of creates that name the same {@code inserts} (and so carry rows of its type), in one call. */
    @SuppressWarnings("unchecked")
    private static <R> long[] insertAll(Inserts<R> inserts, List<Request<?>> rs) {
        long[] ids = inserts.insert(rs.stream().map(r -> (R) r.row()).toList());
        if (ids.length != rs.size()) {
            throw new IllegalStateException(ids.length + " ids for " + rs.size() + " rows");
        }
        return ids;
    }

    private static Outcome replay(IdempotencyKeys.Claim claim, Resource resource, String fingerprint, boolean strict) {
        if (claim.resource() != resource || strict && !claim.fingerprint().equals(fingerprint)) {
            throw new KeyReused();
        }
        return new Outcome(claim.resourceId(), true);
    }
}
