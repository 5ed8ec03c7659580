package org.crampcare.app.config;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Tomcat's worker threads: as many running as the cores can serve, and more only while those wait.
 *
 * <p>Tomcat's own pool starts a thread for every request that finds none idle, up to its maximum. Under load that
 * means 32 threads for 32 connections sharing two cores, each preempted in the middle of its request, so the
 * slowest answers wait for all the others: at 32 connections a kept page's p99 was 11 ms with 200 threads, 7 ms with
 * 8 and 5.7 ms with 4, and the throughput rose by a fifth. But a thread that reads a request body waits for its
 * client, and a thread that asks the database waits for it: a pool of 4 would let four slow clients stop first aid.
 *
 * <p>So this pool runs {@code running} threads and queues the rest of the work in order of arrival. A watch looks
 * every {@link #TICK_MILLIS} ms at the oldest queued request: when it has waited over {@code stallMillis} while
 * the cores are not busy (the threads are waiting, not computing), or over {@code longStallMillis} whatever the
 * cores do (a few long requests, such as a year's PDF, must not hold up first aid either), the pool grows by
 * {@code running} threads, up to {@code max}. After {@link #CALM_MILLIS} ms with nothing queued it goes back to
 * {@code running}; threads above that end when idle.
 */
public final class WorkerPool extends ThreadPoolExecutor {
    static final long TICK_MILLIS = 10;
    static final long CALM_MILLIS = 2_000;
    /** The cores count as busy above this share of their time over the last {@link #CPU_WINDOW_MILLIS}. */
    static final double BUSY = 0.85;
    static final long CPU_WINDOW_MILLIS = 100;

    private final int running;
    private final long stallNanos;
    private final long longStallNanos;
    private final LongSupplier clock;
    private final CpuMeter cpu;
    /** Looks every {@link #TICK_MILLIS} ms; none in a pool made for a test. */
    private volatile ScheduledExecutorService watch;
    private long calmSince;

    /** What the cores did lately: busy or not. */
    interface CpuMeter {
        boolean busy();
    }

    public WorkerPool(int running, int max, long stallMillis, long longStallMillis) {
        this(running, max, stallMillis, longStallMillis, System::nanoTime, new SystemCpu());
        this.watch = Executors.newSingleThreadScheduledExecutor(threads("http-worker-watch-"));
        watch.scheduleWithFixedDelay(this::check, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * A pool with no watch of its own: whoever made it calls {@link #check()} (a test, with its own clock, which a
     * watch thread looking at the same moment would race).
     */
    WorkerPool(int running, int max, long stallMillis, long longStallMillis, LongSupplier clock, CpuMeter cpu) {
        super(running, Math.max(running, max), 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads("http-worker-"));
        this.running = running;
        this.stallNanos = TimeUnit.MILLISECONDS.toNanos(stallMillis);
        this.longStallNanos = TimeUnit.MILLISECONDS.toNanos(longStallMillis);
        this.clock = clock;
        this.cpu = cpu;
        this.calmSince = clock.getAsLong();
    }

    /** A task with the moment it was queued. */
    private record Queued(Runnable task, long since) implements Runnable {
        @Override
        public void run() {
            task.run();
        }
    }

    @Override
    public void execute(Runnable task) {
        super.execute(new Queued(task, clock.getAsLong()));
    }

    /** One look of the watch: grow when the oldest request has waited too long, shrink after a calm spell. */
    synchronized void check() {
        long now = clock.getAsLong();
        Runnable head = getQueue().peek();
        if (head == null) {
            if (getCorePoolSize() > running && now - calmSince > TimeUnit.MILLISECONDS.toNanos(CALM_MILLIS)) {
                setCorePoolSize(running);
            }
            return;
        }
        calmSince = now;
        long waited = head instanceof Queued q ? now - q.since() : 0;
        if (waited > longStallNanos || waited > stallNanos && !cpu.busy()) {
            int grown = Math.min(getMaximumPoolSize(), getCorePoolSize() + running);
            if (grown > getCorePoolSize()) {
                setCorePoolSize(grown); // starts threads for the queued requests at once
            }
        }
    }

    @Override
    protected void terminated() {
        if (watch != null) {
            watch.shutdownNow();
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The whole machine's CPU use over the last window, from the process's view of the system. */
    static final class SystemCpu implements CpuMeter {
        private final com.sun.management.OperatingSystemMXBean os = ManagementFactory
                .getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
        private long measuredAt;
        private boolean busy;

        @Override
        public synchronized boolean busy() {
            long now = System.nanoTime();
            if (now - measuredAt > TimeUnit.MILLISECONDS.toNanos(CPU_WINDOW_MILLIS)) {
                // the load since the previous call, over all cores (negative when not yet known)
                busy = os.getCpuLoad() > BUSY;
                measuredAt = now;
            }
            return busy;
        }
    }
}
