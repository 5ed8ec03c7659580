package org.crampcare.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The worker pool's rules, on a clock and a CPU meter that the test moves: it grows only when queued work has waited
 * while the cores idle (or for long whatever they do), runs queued work in order of arrival, and shrinks back after a
 * calm spell. The waits on latches are functional bounds (something must happen at all), not timings.
 */
class WorkerPoolTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final CountDownLatch release = new CountDownLatch(1);
    private WorkerPool pool;

    private WorkerPool pool(int running, int max) {
        pool = new WorkerPool(running, max, 20, 250, now::get, busy::get);
        return pool;
    }

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    private void later(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /** Occupies every running thread until the test ends, and returns once they are all taken. */
    private void occupy(int threads) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            pool.execute(() -> {
                started.countDown();
                await(release);
            });
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void whenTheRunningThreadsWaitAndTheCoresIdleThePoolGrows() throws Exception {
        pool(2, 8);
        occupy(2);
        CountDownLatch firstAid = new CountDownLatch(1);
        pool.execute(firstAid::countDown);
        pool.check();
        assertThat(pool.getCorePoolSize()).as("nothing has waited yet").isEqualTo(2);
        later(30);
        pool.check();
        assertThat(pool.getCorePoolSize()).isEqualTo(4);
        assertThat(firstAid.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void busyCoresGrowThePoolOnlyAfterALongWait() throws Exception {
        pool(2, 8);
        busy.set(true);
        occupy(2);
        CountDownLatch queued = new CountDownLatch(1);
        pool.execute(queued::countDown);
        later(100);
        pool.check();
        assertThat(pool.getCorePoolSize()).as("more threads would not compute faster").isEqualTo(2);
        assertThat(queued.getCount()).isEqualTo(1);
        later(200);
        pool.check();
        assertThat(pool.getCorePoolSize()).as("but a long request must not hold the others up").isEqualTo(4);
        assertThat(queued.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void itNeverGrowsPastItsMaximum() throws Exception {
        pool(2, 3);
        occupy(2);
        pool.execute(() -> await(release));
        pool.execute(() -> { });
        for (int i = 0; i < 5; i++) {
            later(300);
            pool.check();
        }
        assertThat(pool.getCorePoolSize()).isEqualTo(3);
    }

    @Test
    void queuedRequestsRunInTheOrderTheyCame() throws Exception {
        pool(1, 1);
        CountDownLatch gate = new CountDownLatch(1);
        pool.execute(() -> await(gate));
        List<Integer> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(20);
        for (int i = 0; i < 20; i++) {
            int n = i;
            pool.execute(() -> {
                order.add(n);
                done.countDown();
            });
        }
        gate.countDown();
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(order).isSorted().hasSize(20);
    }

    @Test
    void afterACalmSpellThePoolGoesBackToItsRunningThreads() throws Exception {
        pool(2, 8);
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            pool.execute(() -> {
                started.countDown();
                await(hold);
            });
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch third = new CountDownLatch(1);
        pool.execute(third::countDown);
        later(30);
        pool.check();
        assertThat(third.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.getCorePoolSize()).isEqualTo(4);
        hold.countDown();
        later(1_000);
        pool.check();
        assertThat(pool.getCorePoolSize()).as("not yet calm for long").isEqualTo(4);
        later(1_500);
        pool.check();
        assertThat(pool.getCorePoolSize()).isEqualTo(2);
    }
}
