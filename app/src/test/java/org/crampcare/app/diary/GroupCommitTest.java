package org.crampcare.app.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.SimpleTransactionStatus;

/** Group commit against a transaction manager that records which transaction each create ran in. */
class GroupCommitTest {
    /** Numbers its transactions; a create asks {@link #current()} which one it runs in. */
    static final class Transactions implements PlatformTransactionManager {
        final AtomicInteger begun = new AtomicInteger();
        final List<Integer> committed = new ArrayList<>();
        final List<Integer> rolledBack = new ArrayList<>();
        final ThreadLocal<Integer> current = new ThreadLocal<>();
        /** Transactions whose commit fails (the disk is full): those in which an "unlucky" create ran. */
        final java.util.Set<Integer> failing = ConcurrentHashMap.newKeySet();

        int current() {
            return current.get();
        }

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            current.set(begun.incrementAndGet());
            return new SimpleTransactionStatus();
        }

        @Override
        public synchronized void commit(TransactionStatus status) {
            if (failing.contains(current.get())) {
                rolledBack.add(current.get());
                throw new TransactionSystemException("the disk is full");
            }
            committed.add(current.get());
        }

        @Override
        public synchronized void rollback(TransactionStatus status) {
            rolledBack.add(current.get());
        }
    }

    final Transactions tm = new Transactions();
    /** Creates that are suppliers: one after the other, whether alone or together. */
    final GroupCommit<Supplier<String>, String> commits = new GroupCommit<>(tm, new GroupCommit.Work<>() {
        @Override
        public String one(Supplier<String> create) {
            return create.get();
        }

        @Override
        public List<String> all(List<Supplier<String>> creates) {
            return creates.stream().map(Supplier::get).toList();
        }
    });
    final ExecutorService callers = Executors.newFixedThreadPool(12);

    @AfterEach
    void close() {
        commits.close();
        callers.shutdownNow();
    }

    /** The transaction each create ran in, by create. */
    final Map<String, Integer> ranIn = new ConcurrentHashMap<>();

    /** Blocks the committer inside a first create until released, so that the next creates all queue behind it. */
    Future<String> blockTheCommitter(CountDownLatch running, CountDownLatch release) {
        return callers.submit(() -> commits.inTransaction(() -> {
            running.countDown();
            await(release);
            ranIn.put("first", tm.current());
            return "first";
        }));
    }

    Future<String> create(String name) {
        return callers.submit(() -> commits.inTransaction(() -> {
            ranIn.merge(name, tm.current(), (a, b) -> b);
            if (name.equals("unlucky")) {
                tm.failing.add(tm.current());
            }
            if (name.startsWith("bad")) {
                throw new IllegalArgumentException(name + " is refused");
            }
            return name.toUpperCase();
        }));
    }

    List<Future<String>> queueBehindTheCommitter(CountDownLatch running, List<String> names) throws Exception {
        List<Future<String>> out = new ArrayList<>();
        for (String n : names) {
            out.add(create(n));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (queued() < names.size() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(queued()).as("creates waiting").isEqualTo(names.size());
        return out;
    }

    int queued() {
        return commits.waitingNow();
    }

    @Test
    void createsMadeWhileACommitRunsShareTheNextOneAndEachGetsItsOwnResult() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = blockTheCommitter(running, release);
        await(running);
        List<String> names = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        List<Future<String>> rest = queueBehindTheCommitter(running, names);
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        for (int i = 0; i < names.size(); i++) {
            assertThat(rest.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(names.get(i).toUpperCase());
        }
        int shared = ranIn.get("a");
        assertThat(names).allSatisfy(n -> assertThat(ranIn.get(n)).as(n).isEqualTo(shared));
        assertThat(shared).isNotEqualTo(ranIn.get("first"));
        assertThat(tm.committed).containsExactly(ranIn.get("first"), shared);
        assertThat(tm.rolledBack).isEmpty();
    }

    @Test
    void aCreateThatFailsInASharedCommitFailsAloneAndTheOthersAreStoredWithoutIt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = blockTheCommitter(running, release);
        await(running);
        List<Future<String>> rest = queueBehindTheCommitter(running, List.of("a", "bad-one", "c"));
        release.countDown();

        first.get(10, TimeUnit.SECONDS);
        assertThat(rest.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("A");
        assertThat(rest.get(2).get(10, TimeUnit.SECONDS)).isEqualTo("C");
        assertThatThrownBy(() -> rest.get(1).get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bad-one is refused");
        // the shared transaction was rolled back; a and c were then committed each in its own, and bad-one's own
        // was rolled back
        assertThat(tm.committed).contains(ranIn.get("a"), ranIn.get("c")).doesNotContain(ranIn.get("bad-one"));
        assertThat(ranIn.get("a")).isNotEqualTo(ranIn.get("c"));
        assertThat(tm.rolledBack).hasSize(2).contains(ranIn.get("bad-one"));
    }

    @Test
    void aCreateAloneIsCommittedAtOnceAndItsFailureIsThrownAsItIsWithoutASecondRun() {
        assertThat(commits.inTransaction(() -> "alone")).isEqualTo("alone");
        assertThat(tm.committed).hasSize(1);

        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> commits.inTransaction(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class).hasMessage("refused");
        assertThat(runs).hasValue(1);
        assertThat(tm.rolledBack).hasSize(1);
    }

    @Test
    void whenASharedCommitFailsEveryCreateInItRunsAgainAloneAndOnlyTheOneWhoseCommitFailsFails() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = blockTheCommitter(running, release);
        await(running);
        List<Future<String>> rest = queueBehindTheCommitter(running, List.of("a", "unlucky", "c"));
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(rest.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("A");
        assertThat(rest.get(2).get(10, TimeUnit.SECONDS)).isEqualTo("C");
        assertThatThrownBy(() -> rest.get(1).get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(TransactionSystemException.class);
        // first alone, the shared one refused at its commit, then a, unlucky and c each alone
        assertThat(tm.begun).hasValue(5);
        assertThat(tm.committed).containsExactlyInAnyOrder(ranIn.get("first"), ranIn.get("a"), ranIn.get("c"));
        assertThat(tm.rolledBack).hasSize(2).contains(ranIn.get("unlucky"));
    }

    @Test
    void afterClosingCreatesStillRunEachInItsOwnTransaction() {
        commits.close();
        assertThat(commits.inTransaction(() -> "late")).isEqualTo("late");
        assertThat(tm.committed).hasSize(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
