package org.crampcare.app.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crampcare.rules.Fact;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Turns the facts behind a reason (symptoms, answers, medicines: {@link Fact} values from the engine) into plain
 * words built from the question the person answered (its text from the knowledge base) and the answer they gave:
 * "you said yes to “Is the urine dark, like tea or cola?”". Only UI words are added; a fact we cannot word is shown
 * as its contract text rather than guessed at.
 */
@Component
class BecauseWording {
    private final Questionnaire questionnaire;

    BecauseWording(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** "Because you said yes to “…”, and you said 5 to “…”"; empty when there is nothing to say. */
    String sentence(List<Fact> facts) {
        List<String> phrases = phrases(facts);
        return phrases.isEmpty() ? "" : "Because " + String.join(", and ", phrases);
    }

    List<String> phrases(List<Fact> facts) {
        Set<String> out = new LinkedHashSet<>();
        for (Fact fact : facts) {
            phrase(fact).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    /** One fact in plain words; empty for internal facts that say nothing to a person (the triage level). */
    Optional<String> phrase(Fact fact) {
        if (fact instanceof Fact.TriageLevel) {
            return Optional.empty();
        }
        if (fact instanceof Fact.NotThat n) {
            return question(n.field()).map(q -> "of your answer to " + quote(q.text()));
        }
        if (fact instanceof Fact.NotAnswered n) {
            return question(n.field()).map(q -> "you did not answer " + quote(q.text()));
        }
        if (fact instanceof Fact.Medicine m) {
            String cls = OptionLabels.medicineClass(m.medicineClass());
            return Optional.of("you listed the medicine " + quote(m.input()) + " (recognised as " + m.generic() + ", "
                    + article(cls) + ")");
        }
        if (fact instanceof Fact.UnrecognisedMedicine m) {
            return Optional.of("you listed the medicine " + quote(m.input()) + ", which CrampCare does not recognise");
        }
        if (fact instanceof Fact.Answered a) {
            JsonNode v = a.value();
            return questionnaire.byField(a.field()).map(q -> q.kind() == InputKind.MULTI && v.isArray()
                    ? "you chose " + quote(ResultViews.words(q, v)) + " for " + quote(q.text())
                    : said(q, v.isString() ? v.asString() : v.toString()));
        }
        if (fact instanceof Fact.Listed l) {
            String field = l.list().questionField(l.value());
            Optional<FormQuestion> exact = questionnaire.byField(field);
            if (exact.isPresent() && exact.get().symptom()) {
                return Optional.of("you said yes to " + quote(exact.get().text()));
            }
            return exact.map(q -> "you chose " + quote(q.optionLabel(l.value())) + " for " + quote(q.text()));
        }
        return Optional.empty();
    }

    private String said(FormQuestion q, String value) {
        return switch (q.kind()) {
            case YES_NO, SYMPTOM -> "you said " + ("true".equals(value) ? "yes" : "false".equals(value) ? "no" : value)
                    + " to " + quote(q.text());
            case CHOICE -> "you said " + quote(q.optionLabel(value)) + " to " + quote(q.text());
            case MULTI -> "you chose " + quote(value) + " for " + quote(q.text());
            case DURATION -> "you said " + duration(value) + " to " + quote(q.text());
            case NUMBER, INTEGER, TEXT_LINES -> "you said " + value + " to " + quote(q.text());
        };
    }

    private Optional<FormQuestion> question(String field) {
        Optional<FormQuestion> q = questionnaire.byField(field);
        if (q.isEmpty() && field.lastIndexOf('/') > 0) {
            q = questionnaire.byField(field.substring(0, field.lastIndexOf('/')));
        }
        return q;
    }

    /** 90 as "1 minute 30 seconds", 900 as "15 minutes". */
    static String duration(String seconds) {
        BigDecimal s;
        try {
            s = new BigDecimal(seconds);
        } catch (NumberFormatException e) {
            return seconds + " seconds";
        }
        if (s.stripTrailingZeros().scale() > 0 || s.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
            return s.stripTrailingZeros().toPlainString() + " seconds";
        }
        long total = s.longValue();
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long secs = total % 60;
        List<String> parts = new ArrayList<>();
        if (hours > 0) {
            parts.add(unit(hours, "hour"));
        }
        if (minutes > 0) {
            parts.add(unit(minutes, "minute"));
        }
        if (secs > 0 || parts.isEmpty()) {
            parts.add(unit(secs, "second"));
        }
        return String.join(" ", parts);
    }

    private static String unit(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String article(String words) {
        return (words.matches("^[aeiouAEIOU].*") ? "an " : "a ") + words;
    }

    static String quote(String text) {
        return "\u201c" + text + "\u201d";
    }
}
