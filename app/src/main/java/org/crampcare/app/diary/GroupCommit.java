package org.crampcare.app.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates made at the same moment share one transaction and so one commit (group commit). A commit that reaches the
 * disk is most of a create's cost (on H2 with {@code WRITE_DELAY=0} it writes a new chunk of every changed page; on
 * PostgreSQL it waits for the log to be flushed): when 32 people save at once, one commit for all of them is what
 * keeps each save short.
 *
 * <p>One thread, the committer, takes every create waiting, runs them together in one transaction ({@link
 * Work#all}, which may read and write for all of them at once: one query instead of one each, which on a database
 * across a network is one round trip instead of one each) and commits. Each caller waits for that commit and only
 * then gets its result, so an answer is never given for a row that is not stored. When nothing else is waiting, a
 * create is committed alone at once ({@link Work#one}): no one waits to fill a batch.
 *
 * <p>A create that fails (a key taken by a request that committed first, a day that has a check-in) must not take
 * the others down, and must see the same database it would have seen alone: when any part of a shared transaction
 * fails, or its commit does, the whole transaction is rolled back and every create in it is run again by its caller,
 * alone, in its own transaction, exactly as without this class. A create therefore must not depend on which thread
 * runs it (it reads only its arguments and the database), and must be safe to run again after a commit whose
 * outcome is unknown (a connection lost while committing): {@link IdempotentCreate}'s creates are, since each looks
 * for its key first.
 *
 * @param <C> what a caller asks to create
 * @param <T> what a create answers
 */
final class GroupCommit<C, T> implements AutoCloseable {
    /** At most this many creates share a commit (a bound on the time the first of them waits). */
    static final int MOST = 64;

    /** What the committer runs, always inside a transaction it begins and commits. */
    interface Work<C, T> {
        /** One create, as it would run without group commit. */
        T one(C create);

        /**
         * The results of {@code creates}, in their order, as if each had run after the one before it; whatever fails
         * fails them all (each then runs alone, with {@link #one}).
         */
        List<T> all(List<C> creates);
    }

    private final TransactionTemplate tx;
    private final Work<C, T> work;
    private final BlockingQueue<Create<C, T>> waiting = new LinkedBlockingQueue<>();
    private final Thread committer;
    private volatile boolean closed;

    GroupCommit(PlatformTransactionManager transactions, Work<C, T> work) {
        this.tx = new TransactionTemplate(transactions);
        this.work = work;
        this.committer = new Thread(this::commitWhatWaits, "diary-group-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /**
     * Runs {@code create} in a transaction, possibly shared with other creates, and returns its result once that
     * transaction is committed; throws what {@link Work#one} throws, or what its commit throws, as running it alone
     * in {@link TransactionTemplate#execute} would.
     */
    T inTransaction(C create) {
        if (closed) {
            return alone(create);
        }
        Create<C, T> c = new Create<>(create);
        waiting.add(c);
        Outcome<T> outcome;
        try {
            outcome = c.done.join();
        } catch (CompletionException e) {
            throw rethrow(e.getCause());
        }
        return outcome.shared() ? outcome.value() : alone(create);
    }

    /** How many creates wait for the committer now. */
    int waitingNow() {
        return waiting.size();
    }

    private T alone(C create) {
        return tx.execute(status -> work.one(create));
    }

    private void commitWhatWaits() {
        List<Create<C, T>> batch = new ArrayList<>(MOST);
        while (!closed) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                break;
            }
            waiting.drainTo(batch, MOST - 1);
            commit(batch);
            batch.clear();
        }
        // closing: whoever still waits runs alone
        List<Create<C, T>> rest = new ArrayList<>();
        waiting.drainTo(rest);
        rest.forEach(Create::runAlone);
    }

    private void commit(List<Create<C, T>> batch) {
        if (batch.size() == 1) {
            Create<C, T> c = batch.get(0);
            try {
                c.committed(alone(c.create));
            } catch (Throwable t) {
                c.done.completeExceptionally(t); // alone in its batch: its failure is its own, thrown as it is
            }
            return;
        }
        List<T> values;
        try {
            values = tx.execute(status -> {
                List<T> all = work.all(batch.stream().map(c -> c.create).toList());
                if (all.size() != batch.size()) {
                    throw new IllegalStateException(all.size() + " results for " + batch.size() + " creates");
                }
                return all;
            });
        } catch (RuntimeException | Error e) {
            // rolled back: each create runs again alone, on its caller's thread, and meets its own failure there
            batch.forEach(Create::runAlone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).committed(values.get(i));
        }
    }

    /** From now on every create runs alone on its caller's thread; those waiting are sent back to do so. */
    @Override
    public void close() {
        closed = true;
        committer.interrupt();
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    /** What became of a create: committed with its value, or to be run alone by its caller. */
    private record Outcome<T>(boolean shared, T value) {
    }

    /** A create waiting for its commit. */
    private static final class Create<C, T> {
        final C create;
        final CompletableFuture<Outcome<T>> done = new CompletableFuture<>();

        Create(C create) {
            this.create = create;
        }

        void committed(T value) {
            done.complete(new Outcome<>(true, value));
        }

        void runAlone() {
            done.complete(new Outcome<>(false, null));
        }
    }
}
