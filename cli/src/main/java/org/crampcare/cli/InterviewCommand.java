package org.crampcare.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.crampcare.assessment.AssessmentEngine;
import org.crampcare.assessment.RequestReader;
import org.crampcare.assessment.ResultWriter;
import org.crampcare.cli.interview.TerminalInterview;
import org.crampcare.interview.Interview;
import org.crampcare.knowledge.KnowledgeBase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crampcare interview}: the assessment as questions in the terminal. */
@Command(name = "interview", mixinStandardHelpOptions = true,
        description = {"Ask the assessment's questions one at a time in the terminal (warning signs first) and show "
                + "the result in plain words.",
                "Answers are typed as numbers (? = not sure); standard input may be a pipe, one answer a line.",
                "Environment: CRAMPCARE_EMERGENCY_NUMBER (default 112).",
                "Exit status: 0 when the interview ended (also when the input ended after some answers: the result "
                        + "of the answers so far is shown), 2 when the input ended before any answer."})
final class InterviewCommand implements Callable<Integer> {
    static final String DEFAULT_EMERGENCY_NUMBER = "112";

    @Option(names = "--json", description = "Print the final result as contract v1 JSON on standard output "
            + "(the questions then go to standard error).")
    boolean json;

    @Override
    public Integer call() {
        KnowledgeBase kb = KnowledgeBase.load();
        AssessmentEngine engine = new AssessmentEngine(kb);
        Interview interview = new Interview(engine, new RequestReader());
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter questions = json ? new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), false)
                : stdout;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean echo = System.console() == null;
        TerminalInterview.Outcome outcome = new TerminalInterview(interview, in, questions, echo, emergencyNumber(),
                kb.rules().disclaimer()).run(!json);
        if (json && outcome.status() == 0) {
            stdout.println(new ResultWriter().write(outcome.result()));
        }
        stdout.flush();
        questions.flush();
        return outcome.status();
    }

    static String emergencyNumber() {
        String n = System.getenv("CRAMPCARE_EMERGENCY_NUMBER");
        if (n == null || n.isBlank()) {
            n = System.getProperty("crampcare.emergency-number", DEFAULT_EMERGENCY_NUMBER);
        }
        return n.strip();
    }
}
