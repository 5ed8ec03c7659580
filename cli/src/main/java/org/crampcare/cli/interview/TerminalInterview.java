package org.crampcare.cli.interview;

import java.io.BufferedReader;
import java.io.PrintWriter;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.crampcare.assessment.AssessmentResult;
import org.crampcare.assessment.InvalidRequestException;
import org.crampcare.interview.Answer;
import org.crampcare.interview.Answers;
import org.crampcare.interview.Ask;
import org.crampcare.interview.Interview;
import org.crampcare.interview.Step;
import org.crampcare.rules.Level;
import org.crampcare.rules.Question;

import tools.jackson.databind.node.BooleanNode;

/**
 * The interview of the core, asked in a terminal: one ask at a time in the interview's order, under a heading for
 * each page (the asks of one stage). The next ask is worked out again after every answer, so nothing that an answer
 * made pointless is asked, and a settled answer (an emergency or urgent result no answer can lower) stops the
 * questions at once. After the result, those who want to can go on to the questions about causes and prevention.
 */
public final class TerminalInterview {
    /** At most this many asks on a page (as the web questionnaire). */
    static final int PAGE = 6;
    /** Exit status when the input ended before any answer: nothing was assessed. */
    public static final int NOTHING_ANSWERED = 2;

    private final Interview interview;
    private final Questioner questioner;
    private final ResultText text;
    private final PrintWriter out;
    private final String emergencyNumber;
    private final String disclaimer;

    /** How the interview ended, and its last step. */
    public record Outcome(Step step, Answers answers, int status) {
        public AssessmentResult result() {
            return step.result();
        }
    }

    /**
     * @param out   where the questions and, unless {@code words} is false, the result in words go
     * @param echo  repeat each line read (input that is not a terminal)
     */
    public TerminalInterview(Interview interview, BufferedReader in, PrintWriter out, boolean echo,
            String emergencyNumber, String disclaimer) {
        this.interview = interview;
        this.questioner = new Questioner(in, out, echo);
        this.text = new ResultText(out, emergencyNumber, interview::question);
        this.out = out;
        this.emergencyNumber = emergencyNumber;
        this.disclaimer = disclaimer;
    }

    /**
     * Runs the interview. Exit status 0 when it ended, settled or finished, and also when the input ended after some
     * answers (the result of the answers so far is shown, with what was not asked yet); {@link #NOTHING_ANSWERED}
     * when the input ended before any answer.
     *
     * @param words show the result in words (false for --json: the caller prints the result)
     */
    public Outcome run(boolean words) {
        out.println(Words.get("title"));
        notice();
        text.wrap(Words.get("intro"), "");
        Answers answers = Answers.none();
        Step step = interview.step(answers);
        int page = 0;
        Level warned = Level.DOCTOR;
        try {
            while (!step.settled() && !step.finished()) {
                List<Ask> asks = step.page(PAGE);
                out.println();
                out.println(Words.get("page", String.valueOf(++page), stageWords(asks.get(0).stage())));
                for (Ask planned : asks) {
                    Optional<Ask> ask = stillWorthAsking(planned, step);
                    if (ask.isEmpty()) {
                        continue;
                    }
                    Answers next = questioner.ask(ask.get(), answers);
                    try {
                        step = interview.step(next);
                        answers = next;
                    } catch (InvalidRequestException e) {
                        out.println("  " + Words.get("bad.answer", e.errors().get(0).message()));
                    }
                    if (step.settled()) {
                        break;
                    }
                    if (step.level().atLeast(Level.URGENT) && step.level().above(warned)) {
                        warned = step.level();
                        out.println();
                        text.wrap(Words.get("so_far", Words.get("level." + warned.id()), warned == Level.EMERGENCY
                                ? Words.get("call_now", emergencyNumber) : step.result().triage().headline()), "");
                    }
                }
            }
        } catch (Questioner.EndOfInput e) {
            out.println();
            if (answers.size() == 0) {
                out.println(Words.get("eof.none"));
                notice();
                out.flush();
                return new Outcome(step, answers, NOTHING_ANSWERED);
            }
            out.println(Words.get("eof"));
            if (words) {
                text.triage(step, false, notRuledOut(answers));
                text.plan(step);
            }
            end();
            return new Outcome(step, answers, 0);
        }

        out.println();
        out.println(Words.get(step.settled() ? "settled" : "finished"));
        if (words) {
            text.triage(step, true, notRuledOut(answers));
        }
        if (!step.settled()) {
            step = further(step, answers, words);
            if (words) {
                text.plan(step);
            }
        }
        end();
        return new Outcome(step, answers, 0);
    }

    /** The optional questions about causes and prevention, for those who go on. */
    private Step further(Step step, Answers answers, boolean words) {
        if (step.further().isEmpty()) {
            return step;
        }
        Step before = step;
        try {
            if (!questioner.yesOrNo(Words.get("further"))) {
                return step;
            }
            String stage = null;
            while (true) {
                Ask ask = !step.asks().isEmpty() ? step.asks().get(0)
                        : !step.further().isEmpty() ? step.further().get(0) : null;
                if (ask == null) {
                    break;
                }
                if (!ask.stage().equals(stage)) {
                    stage = ask.stage();
                    out.println();
                    out.println(stageWords(stage));
                }
                Answers next = questioner.ask(ask, answers);
                try {
                    step = interview.step(next);
                    answers = next;
                } catch (InvalidRequestException e) {
                    out.println("  " + Words.get("bad.answer", e.errors().get(0).message()));
                }
            }
        } catch (Questioner.EndOfInput e) {
            out.println();
            out.println(Words.get("eof"));
        }
        if (words && !step.result().triage().equals(before.result().triage())) {
            out.println();
            out.println(Words.get("changed"));
            text.triage(step, step.finished(), notRuledOut(answers));
        }
        return step;
    }

    /**
     * What is left of a planned ask after the answers given since the page was made: only its questions that are
     * still worth asking (an answer can make the rest pointless, or settle the result).
     */
    static Optional<Ask> stillWorthAsking(Ask planned, Step step) {
        List<Question> left = planned.questions().stream().filter(step.next()::contains)
                .filter(q -> !step.answered().contains(q.field())).toList();
        if (left.isEmpty()) {
            return Optional.empty();
        }
        if (planned instanceof Ask.Group g && left.size() >= 2) {
            return Optional.of(left.size() == g.questions().size() ? g : new Ask.Group(g.group(), left));
        }
        return Optional.of(new Ask.Single(left.get(0)));
    }

    /**
     * A warning sign that was answered "not sure", as the result names it: a symptom by its checklist label; a
     * yes/no question with the answer that would raise the level ("No" to "Did the person stay fully aware?").
     */
    private Function<Question, String> notRuledOut(Answers answers) {
        return q -> {
            if (q.field().startsWith("/symptoms/") || q.label().isPresent() || InputKind.of(q) != InputKind.YES_NO) {
                return q.itemLabel();
            }
            Level yes = interview.step(answers.with(q.field(), Answer.of(BooleanNode.TRUE))).level();
            Level no = interview.step(answers.with(q.field(), Answer.of(BooleanNode.FALSE))).level();
            if (yes == no) {
                return q.itemLabel();
            }
            return Words.get("answer_is", Words.get(yes.above(no) ? "yes" : "no"), q.text());
        };
    }

    private static String stageWords(String stage) {
        return Words.orElse("stage." + stage, Words.humanise(stage));
    }

    private void end() {
        out.println();
        notice();
        out.println(Words.get("end"));
        out.flush();
    }

    private void notice() {
        out.println(Words.get("emergency", emergencyNumber));
        text.wrap(disclaimer, "");
    }
}
