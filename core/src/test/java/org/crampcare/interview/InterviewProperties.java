package org.crampcare.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.crampcare.assessment.Evaluation;
import org.crampcare.contract.Contract;
import org.crampcare.rules.Level;
import org.crampcare.rules.Question;
import org.crampcare.support.Fixtures;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The interview driven by people who answer at random (yes, no, not sure, any value the contract allows), page by
 * page, until it is finished or settled. Each run is reproducible from its seed.
 */
class InterviewProperties {
    private static final Interview INTERVIEW = new Interview(Fixtures.engine(), Fixtures.reader());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> MEDICINES = List.of("Lasix 40 mg", "atorvastatin 20mg", "Seretide 250",
            "ibuprofen", "Zentrolix 5 mg", "Qwertazol", "herbal tea", "metformin 500mg");

    /** One random person's run: every step on the way, the last one finished or settled. */
    record Run(List<Step> steps, List<Answers> answers) {
        Step last() {
            return steps.get(steps.size() - 1);
        }
    }

    @Property(tries = 500)
    void theInterviewNeverFinishesOnSelfCareWhileAWarningSignThatAppliesIsUnanswered(@ForAll long seed) {
        Run run = run(seed);
        Step last = run.last();
        Statistics.label("end").collect(last.settled() ? "settled " + last.level() : "finished " + last.level());
        if (!last.finished() || last.settled() || last.level() != Level.SELF_CARE) {
            return;
        }
        Answers answers = run.answers().get(run.answers().size() - 1);
        // what could still raise the level, from the engine itself on the request the answers make (the same as
        // the step's evaluation, unless the interview evaluates something else than what was answered)
        Evaluation engine = Fixtures.engine().evaluate(Fixtures.reader().validate(answers.toRequest()));
        List<String> unanswered = new ArrayList<>();
        boolean anyNotSure = false;
        for (Question q : INTERVIEW.questions()) {
            if (!Interview.RED_FLAGS.equals(q.stage()) || !engine.raisesLevel().containsKey(q.field())
                    || !engine.applicability().applies(q)) {
                continue;
            }
            if (!last.answered().contains(q.field())) {
                unanswered.add(q.field());
            }
            anyNotSure |= answers.notSure(q.field());
        }
        Statistics.label("self-care with a warning sign not sure").collect(anyNotSure);
        assertThat(unanswered).as("seed %d: warning signs never asked, answers %s", seed, answers).isEmpty();
        if (anyNotSure) {
            assertThat(last.notRuledOut()).as("seed %d: not ruled out, answers %s", seed, answers).isNotEmpty();
        }
    }

    @Property(tries = 200)
    void theInterviewsLevelIsTheEnginesLevelOnTheRequestTheAnswersMake(@ForAll long seed) {
        Run run = run(seed);
        for (int i = 0; i < run.steps().size(); i++) {
            Answers answers = run.answers().get(i);
            Level engine = Fixtures.engine().assess(Fixtures.reader().validate(answers.toRequest())).triage().level();
            assertThat(run.steps().get(i).level()).as("seed %d, step %d: %s", seed, i, answers.toRequest())
                    .isEqualTo(engine);
        }
    }

    /** Plays one random person through the interview, a page at a time, as the web and the terminal ask. */
    static Run run(long seed) {
        Random random = new Random(seed);
        // some people answer "not sure" often, others hardly ever; some have many symptoms, most few
        double notSure = random.nextDouble() * 0.5;
        double yes = random.nextDouble() < 0.6 ? 0 : random.nextDouble() * 0.15;
        // the symptoms this person has: none, one or two, so that each warning sign comes up on its own
        List<String> all = List.copyOf(Contract.get().allowedValues("/symptoms"));
        Set<String> has = new HashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            has.add("/symptoms/" + all.get(random.nextInt(all.size())));
        }
        List<Step> steps = new ArrayList<>();
        List<Answers> given = new ArrayList<>();
        Answers answers = Answers.none();
        Step step = INTERVIEW.step(answers);
        steps.add(step);
        given.add(answers);
        for (int pages = 0; !step.finished() && !step.settled(); pages++) {
            if (pages > 200) {
                throw new IllegalStateException("seed " + seed + ": the interview does not end: " + answers);
            }
            for (Ask ask : step.page(6)) {
                answers = answer(ask, answers, random, notSure, yes, has);
            }
            step = INTERVIEW.step(answers);
            steps.add(step);
            given.add(answers);
        }
        return new Run(steps, given);
    }

    private static Answers answer(Ask ask, Answers answers, Random random, double notSure, double yes,
            Set<String> has) {
        if (ask instanceof Ask.Group g) {
            if (random.nextDouble() < notSure) {
                return g.notSure(answers);
            }
            Set<String> ticked = new HashSet<>();
            g.questions().forEach(q -> {
                if (has.contains(q.field()) || random.nextDouble() < yes) {
                    ticked.add(q.field());
                }
            });
            return g.answer(answers, ticked);
        }
        Question q = ask.questions().get(0);
        if (random.nextDouble() < notSure) {
            return answers.with(q.field(), Answer.notSure());
        }
        if (has.contains(q.field())) {
            return answers.with(q.field(), Answer.of(BooleanNode.TRUE));
        }
        return answers.with(q.field(), Answer.of(value(q.field(), random, yes)));
    }

    /** Any value the contract allows for the field. */
    static JsonNode value(String field, Random random, double yes) {
        if (field.startsWith("/symptoms/")) {
            return NODES.booleanNode(random.nextDouble() < yes);
        }
        JsonNode schema = Contract.get().requestField(field).orElseThrow();
        List<String> allowed = List.copyOf(Contract.get().allowedValues(field));
        if (schema.has("enum")) {
            return NODES.stringNode(allowed.get(random.nextInt(allowed.size())));
        }
        String type = schema.path("type").asString("");
        switch (type) {
            case "boolean":
                return NODES.booleanNode(field.equals("/episode/fully_aware") || field.equals("/episode/recovered")
                        ? random.nextDouble() >= yes : random.nextDouble() < Math.max(yes, 0.3));
            case "integer": {
                int min = schema.path("minimum").asInt(0);
                int max = schema.path("maximum").asInt(min + 30);
                return NODES.numberNode(min + random.nextInt(max - min + 1));
            }
            case "number": {
                double min = schema.path("minimum").asDouble(0);
                double max = schema.path("maximum").asDouble(field.endsWith("duration_seconds") ? (random.nextDouble() < yes ? 1200 : 500) : 30);
                return NODES.numberNode(Math.round((min + random.nextDouble() * (max - min)) * 10) / 10.0);
            }
            case "array": {
                ArrayNode list = NODES.arrayNode();
                List<String> pool = allowed.isEmpty() ? MEDICINES : allowed;
                int n = random.nextInt(3);
                Set<String> picked = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    String v = pool.get(random.nextInt(pool.size()));
                    if (picked.add(v)) {
                        list.add(v);
                    }
                }
                return list;
            }
            default:
                throw new IllegalStateException("no value for " + field + ": " + schema);
        }
    }
}
