package org.crampcare.bench;

import java.util.concurrent.TimeUnit;

import org.crampcare.assessment.AssessmentEngine;
import org.crampcare.assessment.RequestReader;
import org.crampcare.interview.Answer;
import org.crampcare.interview.Answers;
import org.crampcare.interview.Ask;
import org.crampcare.interview.Interview;
import org.crampcare.interview.Step;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.rules.Question;
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

import tools.jackson.databind.node.BooleanNode;

/**
 * The cost of one interview step ({@link Interview#step}): turning the answers into a request, schema validation,
 * one engine evaluation, and choosing what to ask next. This is what the web questionnaire and
 * {@code ./crampcare interview} pay per page (the terminal per answer).
 *
 * <ul>
 *   <li>{@code empty}: the first step, no answers (every question is still open).</li>
 *   <li>{@code afterRedFlags}: mid-way, every warning sign answered as a person without them would (fully aware,
 *   none of the checklists ticked); the episode and the rest still open.</li>
 *   <li>{@code allNotSure}: the last step of a person who answered "not sure" to everything (the most answers,
 *   every warning sign left open).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InterviewBenchmark {

    Interview interview;
    Answers empty;
    Answers afterRedFlags;
    Answers allNotSure;

    @Setup(Level.Trial)
    public void setUp() {
        interview = new Interview(new AssessmentEngine(KnowledgeBase.load()), new RequestReader());
        empty = Answers.none();
        afterRedFlags = afterRedFlags(interview);
        allNotSure = allNotSure(interview);
    }

    /** Every warning sign answered "no" (and "yes" to staying fully aware), page by page as the interview asks. */
    static Answers afterRedFlags(Interview interview) {
        Answers answers = Answers.none();
        Step step = interview.step(answers);
        while (!step.finished() && Interview.RED_FLAGS.equals(step.asks().get(0).stage())) {
            for (Ask ask : step.page(6)) {
                if (ask instanceof Ask.Group g) {
                    answers = g.answer(answers, java.util.Set.of());
                } else {
                    Question q = ask.questions().get(0);
                    answers = answers.with(q.field(), Answer.of(BooleanNode.valueOf(q.field().equals("/episode/fully_aware"))));
                }
            }
            step = interview.step(answers);
        }
        if (step.settled() || step.next().isEmpty()) {
            throw new IllegalStateException("the red flags alone should leave questions open: " + answers);
        }
        return answers;
    }

    static Answers allNotSure(Interview interview) {
        Answers answers = Answers.none();
        Step step = interview.step(answers);
        while (!step.finished()) {
            for (Question q : step.next()) {
                answers = answers.with(q.field(), Answer.notSure());
            }
            step = interview.step(answers);
        }
        return answers;
    }

    @Benchmark
    public Step empty() {
        return interview.step(empty);
    }

    @Benchmark
    public Step afterRedFlags() {
        return interview.step(afterRedFlags);
    }

    @Benchmark
    public Step allNotSure() {
        return interview.step(allNotSure);
    }
}
