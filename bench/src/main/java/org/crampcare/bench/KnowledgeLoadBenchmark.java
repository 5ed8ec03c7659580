package org.crampcare.bench;

import java.util.concurrent.TimeUnit;

import org.crampcare.knowledge.KnowledgeBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link KnowledgeBase#load()}: read the packaged knowledge files, parse the YAML, build the rules and the medicine
 * index, and validate everything including article coverage.
 *
 * <ul>
 *   <li>{@code cold}: the first load in a fresh JVM (no warm-up, one call per fork, many forks): what a person
 *   waits for when the command line starts, apart from JVM start itself. Includes class loading and the
 *   interpreter; forks use serial GC like the command line.</li>
 *   <li>{@code coldC1}: the same with the C1 compiler only ({@code -XX:TieredStopAtLevel=1}, as the launcher runs
 *   short commands): on 2 cores the C2 compiler threads otherwise compete with the load for the CPU.</li>
 *   <li>{@code singleShot}: single calls after a few warm-up loads in the same JVM: partly compiled code.</li>
 *   <li>{@code warm}: average over many loads in a warmed-up JVM (what a server pays for a reload).</li>
 * </ul>
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KnowledgeLoadBenchmark {

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 20, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xshare:auto"})
    public KnowledgeBase cold() {
        return KnowledgeBase.load();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 20, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xshare:auto", "-XX:TieredStopAtLevel=1"})
    public KnowledgeBase coldC1() {
        return KnowledgeBase.load();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    @Fork(value = 5, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xshare:auto"})
    public KnowledgeBase singleShot() {
        return KnowledgeBase.load();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(2)
    public KnowledgeBase warm() {
        return KnowledgeBase.load();
    }
}
