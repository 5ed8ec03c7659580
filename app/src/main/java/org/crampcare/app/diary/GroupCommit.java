package org.crampcare.app.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates made at the same moment share one transaction and so one commit (group commit). A commit that reaches the
 * disk is most of a create's cost (on H2 with {@code WRITE_DELAY=0} it writes a new chunk of every changed page; on
 * PostgreSQL it waits for the log to be flushed): when 32 people save at once, one commit for all of them is what
 * keeps each save short.
 *
 * <p>One thread, the committer, takes every create waiting, runs them in order in one transaction and commits. Each
 * caller waits for that commit and only then gets its result, so an answer is never given for a row that is not
 * stored. When nothing else is waiting, a create is committed alone at once: no one waits to fill a batch.
 *
 * <p>A create that fails (a key taken by a request that committed first, a day that has a check-in) must not take
 * the others down, and must see the same database it would have seen alone: when any part of a shared transaction
 * fails, or its commit does, the whole transaction is rolled back and every create in it is run again by its caller,
 * alone, in its own transaction, exactly as without this class. A create therefore must not depend on which thread
 * runs it (it reads only its arguments and the database), and must be safe to run again after a commit whose
 * outcome is unknown (a connection lost while committing): {@link IdempotentCreate}'s creates are, since each looks
 * for its key first.
 */
@Component
final class GroupCommit implements DisposableBean {
    /** At most this many creates share a commit (a bound on the time the first of them waits). */
    static final int MOST = 64;

    private final TransactionTemplate tx;
    private final BlockingQueue<Create<?>> waiting = new LinkedBlockingQueue<>();
    private final Thread committer;
    private volatile boolean closed;

    GroupCommit(PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
        this.committer = new Thread(this::commitWhatWaits, "diary-group-commit");
        committer.setDaemon(true);
        committer.start();
    }

    /**
     * Runs {@code create} in a transaction, possibly shared with other creates, and returns its result once that
     * transaction is committed; throws what {@code create} throws, or what its commit throws, as running it alone
     * in {@link TransactionTemplate#execute} would.
     */
    <T> T inTransaction(Supplier<T> create) {
        if (closed) {
            return alone(create);
        }
        Create<T> c = new Create<>(create);
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

    private <T> T alone(Supplier<T> create) {
        return tx.execute(status -> create.get());
    }

    private void commitWhatWaits() {
        List<Create<?>> batch = new ArrayList<>(MOST);
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
        List<Create<?>> rest = new ArrayList<>();
        waiting.drainTo(rest);
        rest.forEach(Create::runAlone);
    }

    private void commit(List<Create<?>> batch) {
        if (batch.size() == 1) {
            batch.get(0).commitAlone(tx);
            return;
        }
        List<Object> values = new ArrayList<>(batch.size());
        try {
            tx.execute(status -> {
                for (Create<?> c : batch) {
                    values.add(c.create.get());
                }
                return null;
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

    @Override
    public void destroy() {
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
    private static final class Create<T> {
        final Supplier<T> create;
        final CompletableFuture<Outcome<T>> done = new CompletableFuture<>();

        Create(Supplier<T> create) {
            this.create = create;
        }

        /** Alone in its batch: committed here, and its failure is its own (thrown to its caller as it is). */
        void commitAlone(TransactionTemplate tx) {
            try {
                done.complete(new Outcome<>(true, tx.execute(status -> create.get())));
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }

        @SuppressWarnings("unchecked")
        void committed(Object value) {
            done.complete(new Outcome<>(true, (T) value));
        }

        void runAlone() {
            done.complete(new Outcome<>(false, null));
        }
    }
}
