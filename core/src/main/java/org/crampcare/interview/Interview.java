package org.crampcare.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crampcare.assessment.AssessmentEngine;
import org.crampcare.assessment.Evaluation;
import org.crampcare.assessment.InvalidRequestException;
import org.crampcare.assessment.RequestReader;
import org.crampcare.rules.Level;
import org.crampcare.rules.Question;
import org.crampcare.rules.QuestionGroup;

/**
 * The one interview behind every channel (the web questionnaire, {@code ./crampcare interview}, later FHIR): given
 * the answers so far, the result, the next questions worth asking and whether the answer is settled. Pure and
 * thread-safe; one engine run per step, whatever the number of questions.
 *
 * <p>Which questions are worth asking comes from the engine's evaluation: the unanswered fields of the triage rules
 * that could still raise the level, of the first-aid and prevention rules that could still change, and of the causes
 * that could still enter the leading three. Questions that do not apply (ask_if / skip_if: pregnancy is not asked of a
 * man) are left out; a question whose ask_if or skip_if reads an unanswered field waits for that field, which is then
 * asked first. Warning signs come first: the questions that could raise the level, most serious first, then the rest in
 * questionnaire order. A question answered "not sure" is not asked again.
 */
public final class Interview {
    public static final String RED_FLAGS = "red_flags";

    private final AssessmentEngine engine;
    private final RequestReader reader;
    private final List<Question> questions;
    private final Map<String, Question> byField = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, QuestionGroup> groupOf = new HashMap<>();

    public Interview(AssessmentEngine engine, RequestReader reader) {
        this.engine = engine;
        this.reader = reader;
        this.questions = engine.knowledge().rules().questions();
        for (int i = 0; i < questions.size(); i++) {
            byField.put(questions.get(i).field(), questions.get(i));
            order.put(questions.get(i).field(), i);
        }
        for (QuestionGroup g : engine.knowledge().rules().groups()) {
            g.fields().forEach(f -> groupOf.put(f, g));
        }
    }

    /** Every question of the knowledge base, in questionnaire order. */
    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String field) {
        return Optional.ofNullable(byField.get(field));
    }

    /**
     * Checks that these answers make a valid request (contract types, no contradictions) without assessing them.
     *
     * @throws InvalidRequestException when an answer is not valid for contract v1 (its pointer names the field)
     */
    public void check(Answers answers) {
        reader.validate(answers.toRequest());
    }

    /**
     * The step after these answers.
     *
     * @throws InvalidRequestException when an answer is not valid for contract v1 (its pointer names the field)
     */
    public Step step(Answers answers) {
        Evaluation evaluation = engine.evaluate(reader.validate(answers.toRequest()));
        Map<String, Level> raises = evaluation.raisesLevel();

        Set<String> worth = new LinkedHashSet<>(evaluation.lowersLevel());
        raises.keySet().stream()
                .sorted(Comparator.comparing((String f) -> raises.get(f)).reversed().thenComparingInt(this::orderOf))
                .forEach(worth::add);
        evaluation.changesFirstAid().stream().sorted(Comparator.comparingInt(this::orderOf)).forEach(worth::add);
        List<Question> next = askable(worth, answers, evaluation);

        Set<String> more = new LinkedHashSet<>();
        List<String> rest = new ArrayList<>(evaluation.changesCauses());
        rest.addAll(evaluation.changesPlan());
        rest.stream().filter(f -> !worth.contains(f)).sorted(Comparator.comparingInt(this::orderOf)).forEach(more::add);
        List<Question> further = askable(more, answers, evaluation);
        Set<String> asked = new java.util.HashSet<>();
        next.forEach(q -> asked.add(q.field()));
        further.removeIf(q -> asked.contains(q.field())); // by field: a question's record equality compares its conditions

        List<Question> notRuledOut = new ArrayList<>();
        for (String field : raises.keySet()) {
            Question q = byField.get(field);
            if (q != null && RED_FLAGS.equals(q.stage()) && answers.notSure(field)) {
                notRuledOut.add(q);
            }
        }
        notRuledOut.sort(Comparator.comparingInt(q -> orderOf(q.field())));
        return new Step(evaluation, List.copyOf(next), asks(next), asks(further), List.copyOf(notRuledOut),
                Set.copyOf(answers.all().keySet()));
    }

    /** The questions for these fields that are not answered and apply, each after what decides whether it applies. */
    private List<Question> askable(Set<String> fields, Answers answers, Evaluation evaluation) {
        List<Question> next = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>();
        for (String field : fields) {
            Question q = byField.get(field);
            if (q == null || answers.answered(field) || !evaluation.applicability().applies(q)) {
                continue;
            }
            // ask first what decides whether this question applies (sex and age before pregnancy)
            for (String dependency : q.dependsOn()) {
                Question d = byField.get(dependency);
                if (d != null && !answers.answered(dependency) && evaluation.applicability().applies(d)
                        && placed.add(dependency)) {
                    next.add(d);
                }
            }
            if (q.dependsOn().stream().anyMatch(d -> byField.containsKey(d) && !answers.answered(d))) {
                continue;
            }
            if (placed.add(field)) {
                next.add(q);
            }
        }
        return next;
    }

    /** The questions as they are asked: two or more of one group together, at the place of the first. */
    private List<Ask> asks(List<Question> next) {
        List<Ask> out = new ArrayList<>();
        Set<String> done = new java.util.HashSet<>();
        for (Question q : next) {
            if (done.contains(q.field())) {
                continue;
            }
            QuestionGroup group = groupOf.get(q.field());
            List<Question> members = group == null ? List.of()
                    : next.stream().filter(m -> group == groupOf.get(m.field())).toList();
            if (members.size() >= 2) {
                members.forEach(m -> done.add(m.field()));
                out.add(new Ask.Group(group, members));
            } else {
                done.add(q.field());
                out.add(new Ask.Single(q));
            }
        }
        return List.copyOf(out);
    }

    private int orderOf(String field) {
        return order.getOrDefault(field, Integer.MAX_VALUE);
    }
}
