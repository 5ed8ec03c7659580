package org.crampcare.cli.interview;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.crampcare.assessment.AssessmentResult;
import org.crampcare.interview.Step;
import org.crampcare.rules.Condition;
import org.crampcare.rules.Fact;
import org.crampcare.rules.Level;
import org.crampcare.rules.Question;

/** A step's result in plain words for the terminal; every piece of advice is the knowledge base's own text. */
final class ResultText {
    private final PrintWriter out;
    private final String emergencyNumber;
    private final Function<String, Optional<Question>> questions;

    ResultText(PrintWriter out, String emergencyNumber, Function<String, Optional<Question>> questions) {
        this.out = out;
        this.emergencyNumber = emergencyNumber;
        this.questions = questions;
    }

    /** How urgent and why, first aid, what could not be ruled out, look-alikes, medicines. */
    void triage(Step step, boolean complete, Function<Question, String> notRuledOut) {
        AssessmentResult r = step.result();
        out.println();
        String banner = "== " + Words.get("result") + ": " + Words.get("level." + r.triage().level().id()) + " ==";
        out.println(banner);
        wrap(r.triage().headline(), "");
        if (r.triage().level() == Level.EMERGENCY) {
            out.println(Words.get("call_now", emergencyNumber));
        }
        if (!r.triage().reasons().isEmpty()) {
            heading(Words.get("reasons"));
            for (AssessmentResult.Reason reason : r.triage().reasons()) {
                String said = saidWords(reason.because());
                wrap(reason.text() + (said.isEmpty() ? "" : " (" + Words.get("you_said") + " " + said + ")"), "  - ");
            }
        }
        if (!step.notRuledOut().isEmpty()) {
            heading(Words.get("not_ruled_out"));
            Map<String, Level> raises = step.evaluation().raisesLevel();
            for (Level level : List.of(Level.EMERGENCY, Level.URGENT, Level.DOCTOR)) {
                List<Question> these = step.notRuledOut().stream()
                        .filter(q -> raises.getOrDefault(q.field(), Level.DOCTOR) == level).toList();
                if (!these.isEmpty()) {
                    wrap(getHelp(level), "  ");
                    these.forEach(q -> wrap(notRuledOut.apply(q), "    - "));
                }
            }
        }
        if (!r.firstAid().isEmpty()) {
            heading(Words.get("first_aid"));
            int i = 1;
            for (AssessmentResult.Advice a : r.firstAid()) {
                wrap(a.title() + ": " + a.text(), "  " + i++ + ". ");
            }
        }
        if (!complete) {
            List<AssessmentResult.FollowUp> open = r.followUpQuestions().stream()
                    .filter(f -> !step.answered().contains(f.field())).toList();
            if (!open.isEmpty()) {
                heading(Words.get("still_open"));
                open.forEach(f -> wrap(f.text(), "  - "));
            }
        }
        if (!r.mimics().isEmpty()) {
            heading(Words.get("mimics"));
            r.mimics().forEach(m -> wrap(m.title() + ": " + m.text(), "  - "));
        }
        if (!r.medications().isEmpty()) {
            heading(Words.get("medicines"));
            for (AssessmentResult.Medication m : r.medications()) {
                wrap(m.matched() == null ? Words.get("medicine.unrecognised", m.input())
                        : Words.get("medicine.recognised", m.input(), m.matched(),
                                Words.orElse("class." + m.medicineClass(), m.medicineClass().replace('_', ' '))), "  - ");
            }
        }
    }

    /** The likely causes and the prevention plan. */
    void plan(Step step) {
        AssessmentResult r = step.result();
        if (!r.causes().isEmpty()) {
            heading(Words.get("causes"));
            r.causes().forEach(c -> wrap(c.title() + " (" + likelihood(c.score()) + "): " + c.text(), "  - "));
        }
        if (!r.prevention().isEmpty()) {
            heading(Words.get("prevention"));
            int i = 1;
            for (AssessmentResult.Advice a : r.prevention()) {
                wrap(a.title() + ": " + a.text(), "  " + i++ + ". ");
            }
        }
    }

    private String getHelp(Level level) {
        return switch (level) {
            case EMERGENCY -> Words.get("get_help.emergency", emergencyNumber);
            case URGENT -> Words.get("get_help.urgent");
            default -> Words.get("get_help.doctor");
        };
    }

    /** The answers behind a reason, in words: "Chest pain", "How long ...: 900". */
    private String saidWords(List<Fact> because) {
        List<String> out = new ArrayList<>();
        for (Fact f : because) {
            String words = "";
            if (f instanceof Fact.Listed l) {
                words = l.list() == Condition.ListKind.SYMPTOMS ? label("/symptoms/" + l.value())
                        : Words.option(l.list().pointer(), l.value());
            } else if (f instanceof Fact.Answered a) {
                words = label(a.field()) + ": " + value(a);
            } else if (f instanceof Fact.Medicine m) {
                words = m.input() + " (" + m.generic() + ")";
            } else if (f instanceof Fact.UnrecognisedMedicine m) {
                words = m.input();
            }
            if (!words.isEmpty() && !out.contains(words)) {
                out.add(words);
            }
        }
        return String.join("; ", out);
    }

    private String label(String field) {
        return questions.apply(field).map(q -> q.label().orElse(q.text().replaceAll("\\?$", "")))
                .orElse(Words.humanise(field.substring(field.lastIndexOf('/') + 1)));
    }

    private static String value(Fact.Answered a) {
        if (a.field().equals(InputKind.DURATION_FIELD) && a.value().isNumber()) {
            double seconds = a.value().asDouble();
            return seconds >= 60 && seconds % 60 == 0 ? (long) seconds / 60 + " min"
                    : a.value().toString() + " s";
        }
        if (a.value().isBoolean()) {
            return Words.get(a.value().asBoolean() ? "yes" : "no").toLowerCase(java.util.Locale.ROOT);
        }
        return a.value().isString() ? Words.option(a.field(), a.value().asString()).toLowerCase(java.util.Locale.ROOT)
                : a.value().toString();
    }

    static String likelihood(double score) {
        return score >= 0.5 ? Words.get("likelihood.likely")
                : score >= 0.2 ? Words.get("likelihood.possible") : Words.get("likelihood.less");
    }

    void heading(String text) {
        out.println();
        out.println(text);
    }

    /** Prints text wrapped at {@link #WIDTH}, the first line after {@code first}, the others indented as far. */
    void wrap(String text, String first) {
        Words.wrap(out, text, first);
    }
}
