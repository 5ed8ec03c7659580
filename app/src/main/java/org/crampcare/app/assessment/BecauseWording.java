package org.crampcare.app.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Turns the facts behind a reason ("/symptoms/dark_urine", "/history/episodes_per_week=5",
 * "/medications/0=Lasix 40 mg (furosemide: diuretic)") into plain words built from the question the person
 * answered (its text from the knowledge base) and the answer they gave: "you said yes to “Is the urine dark, like
 * tea or cola?”". Only UI words are added; a fact we cannot word is shown as it is rather than guessed at.
 */
@Component
class BecauseWording {
    private static final Pattern MEDICINE = Pattern.compile("/medications/\\d+=(.*) \\(([^():]*): ([a-z_]+)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Questionnaire questionnaire;

    BecauseWording(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** "Because you said yes to “…”, and you said 5 to “…”"; empty when there is nothing to say. */
    String sentence(List<String> facts) {
        List<String> phrases = phrases(facts);
        return phrases.isEmpty() ? "" : "Because " + String.join(", and ", phrases);
    }

    List<String> phrases(List<String> facts) {
        Set<String> out = new LinkedHashSet<>();
        for (String fact : facts) {
            phrase(fact).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    /** One fact in plain words; empty for internal facts that say nothing to a person (the triage level). */
    Optional<String> phrase(String fact) {
        if (fact.startsWith("triage level ")) {
            return Optional.empty();
        }
        if (fact.startsWith("not ")) {
            return question(fact.substring(4)).map(q -> "of your answer to " + quote(q.text()))
                    .or(() -> Optional.of(fact));
        }
        if (fact.endsWith(" not answered")) {
            String field = fact.substring(0, fact.length() - " not answered".length());
            return question(field).map(q -> "you did not answer " + quote(q.text())).or(() -> Optional.of(fact));
        }
        Matcher medicine = MEDICINE.matcher(fact);
        if (medicine.matches()) {
            String recognised = medicine.group(2).isBlank() ? OptionLabels.medicineClass(medicine.group(3))
                    : medicine.group(2) + ", " + article(OptionLabels.medicineClass(medicine.group(3)));
            return Optional.of("you listed the medicine " + quote(medicine.group(1)) + " (recognised as " + recognised + ")");
        }
        int eq = fact.indexOf('=');
        if (eq > 0) {
            String field = fact.substring(0, eq);
            String value = fact.substring(eq + 1);
            return questionnaire.byField(field).map(q -> said(q, value)).or(() -> Optional.of(fact));
        }
        Optional<FormQuestion> exact = questionnaire.byField(fact);
        if (exact.isPresent()) {
            return Optional.of("you said yes to " + quote(exact.get().text()));
        }
        int slash = fact.lastIndexOf('/');
        if (slash > 0) {
            Optional<FormQuestion> list = questionnaire.byField(fact.substring(0, slash));
            if (list.isPresent()) {
                FormQuestion q = list.get();
                return Optional.of("you chose " + quote(q.optionLabel(fact.substring(slash + 1))) + " for " + quote(q.text()));
            }
        }
        return Optional.of(fact);
    }

    private String said(FormQuestion q, String value) {
        return switch (q.kind()) {
            case YES_NO, SYMPTOM -> "you said " + ("true".equals(value) ? "yes" : "false".equals(value) ? "no" : value)
                    + " to " + quote(q.text());
            case CHOICE -> "you said " + quote(q.optionLabel(value)) + " to " + quote(q.text());
            case MULTI -> {
                List<String> labels = new ArrayList<>();
                Matcher m = QUOTED.matcher(value);
                while (m.find()) {
                    labels.add(q.optionLabel(m.group(1)));
                }
                yield "you chose " + (labels.isEmpty() ? quote(value)
                        : String.join(" and ", labels.stream().map(BecauseWording::quote).toList())) + " for " + quote(q.text());
            }
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
