package org.crampcare.app.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crampcare.app.assessment.FormReader.FieldError;
import org.crampcare.interview.Answer;
import org.crampcare.interview.Ask;
import org.crampcare.rules.Question;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the answers to one page of the questionnaire: the asks on screen, each by its form field (a question's JSON
 * pointer, or {@code _g_<group>} for a checklist). Every yes/no and choice question and every checklist must be
 * answered ("Not sure" is always offered), so a warning sign is never skipped by pressing Next; a number or a list of
 * medicines left empty is "not sure". Values a page of ours could not have sent are a {@link BadFormException}.
 */
@Component
class PageForm {
    static final String GROUP = "_g_";
    static final String UNSURE = "unsure";
    static final String NONE = "_none";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Questionnaire questionnaire;
    private final FormReader values;

    PageForm(Questionnaire questionnaire, FormReader values) {
        this.questionnaire = questionnaire;
        this.values = values;
    }

    /** The page's answers, or the errors by form field (in page order) with what was typed. */
    record Read(Map<String, Answer> answers, Map<String, String> errors, Map<String, String> typed) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    Read read(List<Ask> page, Map<String, String[]> parameters) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (Ask ask : page) {
            if (ask instanceof Ask.Group g) {
                readGroup(g, parameters, answers, errors);
                continue;
            }
            Question question = ask.questions().get(0);
            FormQuestion q = questionnaire.byField(question.field())
                    .orElseThrow(() -> new IllegalStateException("no form question for " + question.field()));
            String[] raw = parameters.get(q.field());
            List<String> given = raw == null ? List.of() : List.of(raw);
            Optional<String> unit = q.kind() == InputKind.DURATION ? one(parameters.get(FormReader.UNIT)) : Optional.empty();
            if ((q.kind() == InputKind.MULTI || q.kind() == InputKind.TEXT_LINES) && given.contains(FormValues.UNSURE)) {
                answers.put(q.field(), Answer.notSure());
                continue;
            }
            try {
                List<String> v = values.parse(q, given, unit);
                if (v.isEmpty()) {
                    if (q.tristate() || q.kind() == InputKind.CHOICE || q.kind() == InputKind.MULTI) {
                        errors.put(q.field(), missing(q));
                    } else {
                        answers.put(q.field(), Answer.notSure());
                    }
                    continue;
                }
                answers.put(q.field(), answer(q, v));
            } catch (FieldError e) {
                errors.put(q.field(), e.getMessage());
                typed.put(q.field(), given.isEmpty() ? "" : FormReader.echo(given.get(0)));
            }
        }
        return new Read(answers, errors, typed);
    }

    private void readGroup(Ask.Group g, Map<String, String[]> parameters, Map<String, Answer> answers,
            Map<String, String> errors) {
        String name = GROUP + g.group().id();
        String[] raw = parameters.get(name);
        Set<String> ticked = new LinkedHashSet<>(raw == null ? List.of() : List.of(raw));
        Set<String> offered = new LinkedHashSet<>();
        g.questions().forEach(q -> offered.add(q.field()));
        for (String t : ticked) {
            if (!offered.contains(t) && !t.equals(NONE) && !t.equals(UNSURE)) {
                throw new BadFormException("The form has an answer we never offered.");
            }
        }
        if (ticked.isEmpty()) {
            errors.put(name, "Tick what applies, or choose “None of these” or “Not sure”.");
            return;
        }
        boolean unsure = ticked.contains(UNSURE);
        ticked.remove(NONE);
        ticked.remove(UNSURE);
        if (unsure && ticked.isEmpty()) {
            g.questions().forEach(q -> answers.put(q.field(), Answer.notSure()));
            return;
        }
        g.questions().forEach(q -> answers.put(q.field(), Answer.of(BooleanNode.valueOf(ticked.contains(q.field())))));
    }

    private static String missing(FormQuestion q) {
        if (q.tristate()) {
            return "Choose yes, no or not sure: " + q.text();
        }
        if (q.kind() == InputKind.MULTI) {
            return "Tick what applies, or choose “None of these” or “Not sure”: " + q.text();
        }
        return "Choose an answer, or “Not sure”: " + q.text();
    }

    /** The contract value of a parsed answer. */
    static Answer answer(FormQuestion q, List<String> v) {
        if (v.contains(UNSURE) || v.contains(FormValues.UNSURE)) {
            return Answer.notSure();
        }
        return switch (q.kind()) {
            case YES_NO, SYMPTOM -> Answer.of(BooleanNode.valueOf(v.get(0).equals(FormValues.YES)));
            case CHOICE -> Answer.of(NODES.stringNode(v.get(0)));
            case MULTI, TEXT_LINES -> {
                ArrayNode list = NODES.arrayNode();
                v.stream().filter(x -> !x.equals(NONE)).forEach(list::add);
                yield Answer.of(list);
            }
            case NUMBER, INTEGER, DURATION -> {
                BigDecimal n = new BigDecimal(v.get(0));
                JsonNode node;
                try {
                    node = NODES.numberNode(n.longValueExact());
                } catch (ArithmeticException notWhole) {
                    node = NODES.numberNode(n.doubleValue());
                }
                yield Answer.of(node);
            }
        };
    }

    private static Optional<String> one(String[] raw) {
        return raw == null || raw.length != 1 ? Optional.empty() : Optional.of(raw[0]);
    }

}
