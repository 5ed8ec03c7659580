package org.crampcare.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.crampcare.assessment.AssessmentEngine;
import org.crampcare.assessment.AssessmentRequest;
import org.crampcare.assessment.AssessmentResult;
import org.crampcare.assessment.Assessor;
import org.crampcare.knowledge.KnowledgeBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one assessment, cycling through a fixed mix of 1,063 requests (the 39 public vignettes and 1,024
 * generated ones), so that no single request's branch profile dominates.
 *
 * <ul>
 *   <li>{@code engine}: {@link AssessmentEngine#assess} on requests parsed and validated in advance: the rules alone.</li>
 *   <li>{@code pipeline}: {@link Assessor#assess(String)}: JSON text in, JSON text out (parse, schema validation,
 *   assessment, writing), the full cost of one request at the command line or the HTTP API.</li>
 *   <li>{@code read} and {@code write}: the two halves of the pipeline around the engine, to show where time goes.</li>
 * </ul>
 *
 * SampleTime gives the median (p0.50) and the tail (p0.99) per call, in microseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class AssessmentBenchmark {

    Assessor assessor;
    AssessmentEngine engine;
    String[] texts;
    AssessmentRequest[] requests;
    AssessmentResult[] results;

    @Setup(Level.Trial)
    public void setUp() {
        KnowledgeBase kb = KnowledgeBase.load();
        assessor = new Assessor(kb);
        engine = assessor.engine();
        List<String> all = Workload.requests();
        texts = all.toArray(String[]::new);
        requests = new AssessmentRequest[texts.length];
        results = new AssessmentResult[texts.length];
        for (int i = 0; i < texts.length; i++) {
            requests[i] = assessor.reader().read(texts[i]);
            results[i] = engine.assess(requests[i]);
            if (!assessor.assess(texts[i]).ok()) {
                throw new IllegalStateException("request " + i + " of the workload is invalid: " + texts[i]);
            }
        }
    }

    /** Which request comes next; one cursor per benchmark thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance(int size) {
            int i = next;
            next = i + 1 == size ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    public AssessmentResult engine(Cursor cursor) {
        return engine.assess(requests[cursor.advance(requests.length)]);
    }

    @Benchmark
    public String pipeline(Cursor cursor) {
        return assessor.assess(texts[cursor.advance(texts.length)]).json();
    }

    @Benchmark
    public AssessmentRequest read(Cursor cursor) {
        return assessor.reader().read(texts[cursor.advance(texts.length)]);
    }

    @Benchmark
    public String write(Cursor cursor) {
        return assessor.writer().write(results[cursor.advance(results.length)]);
    }
}
