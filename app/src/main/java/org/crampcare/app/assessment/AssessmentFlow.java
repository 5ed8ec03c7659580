package org.crampcare.app.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crampcare.assessment.AssessmentEngine;
import org.crampcare.assessment.AssessmentResult;
import org.crampcare.assessment.InputError;
import org.crampcare.assessment.InvalidRequestException;
import org.crampcare.assessment.RequestReader;
import org.crampcare.contract.Contract;
import org.crampcare.rules.Levels;
import org.crampcare.rules.Question;
import org.springframework.stereotype.Component;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The adaptive questionnaire: which page comes next, which answers count, and what the engine makes of them.
 *
 * <h2>Which questions are asked</h2>
 * Stages in the knowledge base's order (red flags first). A page holds the questions of one stage that apply to the
 * answers so far and are not yet asked. A question that depends on another one of its stage waits for it, so the
 * first question (is the person fully awake and aware?) is asked alone, and the pregnancy questions come after sex
 * and age. A question that does not apply is skipped, and its answer, if it was given before the person went back and
 * changed something, is not sent. Whether a question applies is data: its {@code ask_if} and {@code skip_if} in
 * {@code knowledge/rules/questions.yaml} (pregnancy is not asked of a man, alcohol not of a child), and a question
 * waits for the questions its conditions read. After every page the engine runs on the answers so far; an emergency
 * ends the questionnaire at once.
 *
 * <h2>"Not sure" is never "no"</h2>
 * Contract v1 has one symptom list: when it is present, every symptom not in it is "no"; when it is missing, every
 * symptom is unknown. The questionnaire asks each symptom as yes / no / not sure, so the answers can be partly
 * unknown. The model:
 * <ul>
 * <li>every symptom question answered yes or no: the list is sent, holding the yeses;</li>
 * <li>no yes, and some symptom not sure or not yet asked: the list is left out, so every symptom is unknown (the
 * "no" answers only lose their power to lower anything, which is the cautious side);</li>
 * <li>some yes, and some not sure or not yet asked: the list is sent with the yeses (no triage rule needs a symptom
 * to be absent, so the level is what the yeses make it), and the engine runs a second time with the list left out:
 * its follow-up questions for the unsure symptoms are added to "what would change the advice", and if that run
 * gives a higher level (a future rule that needs a symptom to be absent), its result is the one shown.</li>
 * </ul>
 * Follow-up questions already answered, or that do not apply (pregnancy for a man), are never shown.
 */
@Component
class AssessmentFlow {
    private final Questionnaire questionnaire;
    private final AssessmentEngine engine;
    private final RequestReader reader;
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, Question> rules = new HashMap<>();
    private final Set<String> allFields = new LinkedHashSet<>();

    AssessmentFlow(Questionnaire questionnaire, AssessmentEngine engine, RequestReader reader) {
        this.questionnaire = questionnaire;
        this.engine = engine;
        this.reader = reader;
        questionnaire.all().forEach(q -> order.put(q.field(), q.index()));
        questionnaire.all().forEach(q -> allFields.add(q.field()));
        engine.knowledge().rules().questions().forEach(q -> rules.put(q.field(), q));
    }

    /** The result of the answers so far, with the exact request the engine saw. */
    record Evaluation(AssessmentResult result, ObjectNode request) {

        String level() {
            return result.triage().level();
        }

        boolean emergency() {
            return "emergency".equals(level());
        }

        boolean followUp(String field) {
            return result.followUpQuestions().stream().anyMatch(f -> f.field().equals(field));
        }
    }

    /** Answers that the engine rejected, by field (cannot happen for values checked by {@link FormReader}). */
    static final class RejectedAnswers extends RuntimeException {
        private final Map<String, String> errors;

        RejectedAnswers(Map<String, String> errors) {
            super("rejected answers " + errors.keySet(), null, false, false);
            this.errors = Map.copyOf(errors);
        }

        Map<String, String> errors() {
            return errors;
        }
    }

    List<Integer> firstPage() {
        return nextPage(Answers.none(), Set.of()).orElseThrow();
    }

    /** The next page to show after the questions already asked, or empty when the result is due. */
    Optional<List<Integer>> nextPage(Answers answers, Set<Integer> asked) {
        Answers known = answers.restrictTo(fields(asked));
        for (String stage : questionnaire.stages()) {
            List<FormQuestion> inStage = questionnaire.all().stream().filter(q -> q.stage().equals(stage)).toList();
            List<Integer> page = new ArrayList<>();
            for (FormQuestion q : inStage) {
                if (asked.contains(q.index()) || !applies(q, known)) {
                    continue;
                }
                boolean waits = waitsFor(q, inStage).stream()
                        .anyMatch(p -> !asked.contains(p.index()) && applies(p, known));
                if (!waits) {
                    page.add(q.index());
                }
            }
            if (!page.isEmpty()) {
                return Optional.of(List.copyOf(page));
            }
        }
        return Optional.empty();
    }

    private List<FormQuestion> waitsFor(FormQuestion q, List<FormQuestion> stage) {
        List<FormQuestion> out = new ArrayList<>();
        FormQuestion first = questionnaire.all().get(0);
        if (q.stage().equals(first.stage()) && q.index() != first.index()) {
            out.add(first);
        }
        Question rule = rules.get(q.field());
        for (String field : rule == null ? List.<String>of() : rule.dependsOn()) {
            stage.stream().filter(p -> p.field().equals(field)).forEach(out::add);
        }
        return out;
    }

    /**
     * Whether a question applies, given the answers known (asked) so far: its ask_if and skip_if from the knowledge
     * base, evaluated by the engine; unknown answers never rule one out.
     */
    boolean applies(FormQuestion q, Answers known) {
        Question rule = rules.get(q.field());
        if (rule == null || !rule.conditional()) {
            return true;
        }
        try {
            return engine.asks(rule, reader.validate(request(known, allFields)));
        } catch (InvalidRequestException e) {
            return true;
        }
    }

    /** The fields whose answers count: asked on the trail, and still applying. */
    Set<String> counted(Answers answers, Trail trail) {
        Set<Integer> asked = trail.asked();
        Answers known = answers.restrictTo(fields(asked));
        Set<String> out = new LinkedHashSet<>();
        for (int i : asked) {
            FormQuestion q = questionnaire.all().get(i);
            if (applies(q, known)) {
                out.add(q.field());
            }
        }
        return out;
    }

    Evaluation evaluate(Answers answers, Trail trail) {
        Set<String> counted = counted(answers, trail);
        ObjectNode base = request(answers, counted);
        List<String> yes = new ArrayList<>();
        Set<String> open = new LinkedHashSet<>(Contract.get().allowedValues("/symptoms"));
        for (FormQuestion q : questionnaire.symptomQuestions()) {
            if (counted.contains(q.field()) && answers.definite(q.field())) {
                open.remove(q.symptomId());
                if (answers.yes(q.field())) {
                    yes.add(q.symptomId());
                }
            }
        }
        ObjectNode sent = base;
        if (open.isEmpty() || !yes.isEmpty()) {
            sent = base.deepCopy();
            ArrayNode list = sent.putArray("symptoms");
            yes.forEach(list::add);
        }
        AssessmentResult result = assess(sent);
        List<AssessmentResult.FollowUp> followUps = new ArrayList<>(result.followUpQuestions());
        if (!open.isEmpty() && !yes.isEmpty()) {
            AssessmentResult unknown = assess(base);
            if (Levels.rank(unknown.triage().level()) > Levels.rank(result.triage().level())) {
                result = unknown;
                sent = base;
                followUps = new ArrayList<>(unknown.followUpQuestions());
            }
            int rank = Levels.rank(result.triage().level());
            for (AssessmentResult.FollowUp f : unknown.followUpQuestions()) {
                boolean unsureSymptom = f.field().startsWith("/symptoms/")
                        && open.contains(f.field().substring("/symptoms/".length()));
                if (unsureSymptom && Levels.rank(f.level()) > rank && !contains(followUps, f.field())) {
                    followUps.add(f);
                }
            }
        }
        Set<String> answered = new LinkedHashSet<>();
        for (String field : counted) {
            if (answers.definite(field)) {
                answered.add(field);
            }
        }
        Answers known = answers.restrictTo(counted);
        List<AssessmentResult.FollowUp> shown = followUps.stream()
                .filter(f -> !answered.contains(f.field()))
                .filter(f -> questionnaire.byField(f.field()).map(q -> applies(q, known)).orElse(true))
                .sorted(Comparator.comparingInt((AssessmentResult.FollowUp f) -> -Levels.rank(f.level()))
                        .thenComparingInt(f -> order.getOrDefault(f.field(), Integer.MAX_VALUE)))
                .toList();
        return new Evaluation(withFollowUps(result, shown), sent);
    }

    private static boolean contains(List<AssessmentResult.FollowUp> list, String field) {
        return list.stream().anyMatch(f -> f.field().equals(field));
    }

    private AssessmentResult assess(ObjectNode request) {
        try {
            return engine.assess(reader.validate(request));
        } catch (InvalidRequestException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (InputError error : e.errors()) {
                errors.putIfAbsent(fieldOf(error.pointer()), error.message());
            }
            throw new RejectedAnswers(errors);
        }
    }

    /** The question field an error pointer falls under ("/medications/3" is "/medications"). */
    String fieldOf(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            if (questionnaire.byField(p).isPresent()) {
                return p;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
        return pointer;
    }

    private static AssessmentResult withFollowUps(AssessmentResult r, List<AssessmentResult.FollowUp> followUps) {
        return new AssessmentResult(r.contract(), r.knowledgeVersion(), r.triage(), r.firstAid(), r.causes(), r.mimics(),
                r.medications(), r.prevention(), List.copyOf(followUps), r.disclaimer());
    }

    /** The request of contract v1 for the counted answers, without the symptom list. */
    ObjectNode request(Answers answers, Set<String> counted) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (FormQuestion q : questionnaire.all()) {
            if (!counted.contains(q.field()) || q.symptom() || !answers.definite(q.field())) {
                continue;
            }
            List<String> values = answers.of(q.field());
            String[] path = q.field().substring(1).split("/");
            ObjectNode parent = root;
            for (int i = 0; i < path.length - 1; i++) {
                ObjectNode child = parent.get(path[i]) instanceof ObjectNode o ? o : parent.putObject(path[i]);
                parent = child;
            }
            String name = path[path.length - 1];
            switch (q.kind()) {
                case YES_NO -> parent.put(name, values.get(0).equals(Answers.YES));
                case NUMBER, INTEGER, DURATION -> {
                    BigDecimal n = new BigDecimal(values.get(0));
                    try {
                        parent.put(name, n.longValueExact());
                    } catch (ArithmeticException notWhole) {
                        parent.put(name, n.doubleValue());
                    }
                }
                case CHOICE -> parent.put(name, values.get(0));
                case MULTI, TEXT_LINES -> {
                    ArrayNode list = parent.putArray(name);
                    values.stream().filter(v -> !v.equals(Answers.NONE)).forEach(list::add);
                }
                case SYMPTOM -> {
                }
            }
        }
        return root;
    }

    private Set<String> fields(Set<Integer> indexes) {
        Set<String> out = new LinkedHashSet<>();
        for (int i : indexes) {
            out.add(questionnaire.all().get(i).field());
        }
        return out;
    }
}
