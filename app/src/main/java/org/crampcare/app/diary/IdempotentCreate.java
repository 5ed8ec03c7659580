package org.crampcare.app.diary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
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

    private final IdempotencyKeys keys;
    private final GroupCommit<Request, Outcome> commits;
    private final Clock clock;

    IdempotentCreate(IdempotencyKeys keys, PlatformTransactionManager transactions, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.commits = new GroupCommit<>(transactions, new GroupCommit.Work<>() {
            @Override
            public Outcome one(Request r) {
                return createOne(r);
            }

            @Override
            public List<Outcome> all(List<Request> rs) {
                return createAll(rs);
            }
        });
    }

    /** One create as a caller asked for it. */
    private record Request(AccountId owner, String key, Resource resource, String fingerprint, boolean strict,
            LongSupplier insert) {
        IdempotencyKeys.Owned owned() {
            return new IdempotencyKeys.Owned(owner, key);
        }
    }

    /**
     * Runs {@code insert} (which returns the new row's id) unless {@code key} already made a row; {@code fingerprint}
     * tells a retry of the same request from another request with the same key ({@link KeyReused}).
     */
    Outcome create(AccountId owner, String key, Resource resource, String fingerprint, LongSupplier insert) {
        return create(owner, key, resource, fingerprint, true, insert);
    }

    /**
     * As {@link #create(AccountId, String, Resource, String, LongSupplier)}; with {@code strict} false, a key that
     * made a row of this kind answers with that row whatever the request (a form sent twice, once changed after Back).
     */
    Outcome create(AccountId owner, String key, Resource resource, String fingerprint, boolean strict,
            LongSupplier insert) {
        Request request = new Request(owner, key, resource, fingerprint, strict, insert);
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
    private Outcome createOne(Request r) {
        Optional<IdempotencyKeys.Claim> earlier = keys.find(r.owner(), r.key());
        if (earlier.isPresent()) {
            return replay(earlier.get(), r.resource(), r.fingerprint(), r.strict());
        }
        long id = r.insert().getAsLong();
        keys.insert(r.owner(), r.key(), new IdempotencyKeys.Claim(r.resource(), id, r.fingerprint()), clock.instant());
        return new Outcome(id, false);
    }

    /**
     * Creates sharing a transaction: one query for all their keys, the rows, then one batch for all the new keys (on
     * PostgreSQL, three round trips and the rows' inserts instead of three for each). Two of them with the same key
     * fail the group, as a key another transaction claimed first fails the batch on its primary key: all of them then
     * run alone, and the second finds the first's key.
     */
    private List<Outcome> createAll(List<Request> rs) {
        Map<IdempotencyKeys.Owned, IdempotencyKeys.Claim> earlier = keys.findAll(rs.stream().map(Request::owned).toList());
        List<Outcome> outcomes = new ArrayList<>(rs.size());
        Map<IdempotencyKeys.Owned, IdempotencyKeys.Claim> claimed = new LinkedHashMap<>();
        for (Request r : rs) {
            IdempotencyKeys.Claim claim = earlier.get(r.owned());
            if (claim != null) {
                outcomes.add(replay(claim, r.resource(), r.fingerprint(), r.strict()));
                continue;
            }
            long id = r.insert().getAsLong();
            if (claimed.putIfAbsent(r.owned(), new IdempotencyKeys.Claim(r.resource(), id, r.fingerprint())) != null) {
                throw new DuplicateKeyException("two creates with one key in one transaction");
            }
            outcomes.add(new Outcome(id, false));
        }
        keys.insertAll(claimed, clock.instant());
        return outcomes;
    }

    private static Outcome replay(IdempotencyKeys.Claim claim, Resource resource, String fingerprint, boolean strict) {
        if (claim.resource() != resource || strict && !claim.fingerprint().equals(fingerprint)) {
            throw new KeyReused();
        }
        return new Outcome(claim.resourceId(), true);
    }
}
