package org.crampcare.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crampcare.contract.Contract;
import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.rules.CauseRule;
import org.crampcare.rules.Facts;
import org.crampcare.rules.Levels;
import org.crampcare.rules.MimicRule;
import org.crampcare.rules.Question;
import org.crampcare.rules.Rules;
import org.crampcare.rules.StepRule;
import org.crampcare.rules.Truth;
import org.crampcare.rules.TriageRule;

/**
 * The assessment engine: a pure function from a validated request to a result, driven entirely by the rules and
 * texts of the knowledge base. No clock, no I/O; safe to share between threads.
 */
public final class AssessmentEngine {
    private final KnowledgeBase kb;
    private final Rules rules;
    private final Map<String, Question> questions;
    private final Map<String, Integer> questionOrder;

    public AssessmentEngine(KnowledgeBase kb) {
        this.kb = kb;
        this.rules = kb.rules();
        this.questions = new HashMap<>();
        this.questionOrder = new HashMap<>();
        int i = 0;
        for (Question q : rules.questions()) {
            questions.put(q.field(), q);
            questionOrder.put(q.field(), i++);
        }
    }

    public KnowledgeBase knowledge() {
        return kb;
    }

    /** Whether a question of {@code rules/questions.yaml} applies to the answers so far (its ask_if and skip_if). */
    public boolean asks(Question question, AssessmentRequest answersSoFar) {
        return !question.conditional() || question.applies(RequestFacts.of(answersSoFar, kb.medicineIndex()));
    }

    public AssessmentResult assess(AssessmentRequest request) {
        RequestFacts facts = RequestFacts.of(request, kb.medicineIndex());

        List<AssessmentResult.Reason> reasons = new ArrayList<>();
        String level = Levels.ORDER.get(0);
        for (TriageRule rule : rules.triage()) {
            if (rule.fires(facts)) {
                reasons.add(new AssessmentResult.Reason(rule.id(), rule.level(), rule.text(), rule.when().because(facts),
                        rule.sources()));
                level = Levels.max(level, rule.level());
            }
        }
        reasons.sort(Comparator.comparingInt((AssessmentResult.Reason r) -> -Levels.rank(r.level())));
        AssessmentResult.Triage triage = new AssessmentResult.Triage(level, rules.headlines().get(level), List.copyOf(reasons));

        RequestFacts withLevel = facts.withLevel(level);
        return new AssessmentResult(
                Contract.ID,
                kb.version(),
                triage,
                advice(rules.firstAid(), withLevel),
                causes(facts),
                mimics(facts),
                medications(facts),
                advice(rules.prevention(), withLevel),
                followUps(facts, level),
                rules.disclaimer());
    }

    /** Unanswered questions that could raise the level: the fields of unfired, still-unknown rules above it. */
    private List<AssessmentResult.FollowUp> followUps(Facts facts, String level) {
        int current = Levels.rank(level);
        Map<String, String> fieldLevel = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (TriageRule rule : rules.triage()) {
            if (Levels.rank(rule.level()) <= current || rule.when().evaluate(facts) != Truth.UNKNOWN) {
                continue;
            }
            if (rule.unless().map(u -> u.evaluate(facts).isTrue()).orElse(false)) {
                continue;
            }
            unknown.clear();
            rule.when().unknownFields(facts, unknown);
            for (String field : unknown) {
                fieldLevel.merge(field, rule.level(), Levels::max);
            }
        }
        List<AssessmentResult.FollowUp> out = new ArrayList<>(fieldLevel.size());
        for (var e : fieldLevel.entrySet()) {
            Question q = questions.get(e.getKey());
            if (q != null) {
                out.add(new AssessmentResult.FollowUp(q.field(), q.text(), e.getValue()));
            }
        }
        out.sort(Comparator.comparingInt((AssessmentResult.FollowUp f) -> -Levels.rank(f.level()))
                .thenComparingInt(f -> questionOrder.getOrDefault(f.field(), Integer.MAX_VALUE)));
        return List.copyOf(out);
    }

    private List<AssessmentResult.Cause> causes(Facts facts) {
        record Scored(CauseRule rule, double score, List<String> because, int order) {
        }
        List<Scored> scored = new ArrayList<>();
        List<CauseRule> causeRules = rules.causes();
        List<Integer> residual = new ArrayList<>(1);
        double best = 0;
        for (int i = 0; i < causeRules.size(); i++) {
            CauseRule rule = causeRules.get(i);
            if (rule.residual()) {
                residual.add(i);
                continue;
            }
            List<String> because = new ArrayList<>();
            double score = score(rule, facts, because);
            if (score > 0) {
                scored.add(new Scored(rule, score, because, i));
                best = Math.max(best, score);
            }
        }
        for (int i : residual) {
            List<String> because = new ArrayList<>();
            double score = score(causeRules.get(i), facts, because) * (1 - best);
            if (score > 0) {
                scored.add(new Scored(causeRules.get(i), score, because, i));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparingInt(Scored::order));
        List<AssessmentResult.Cause> out = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            Entry e = entry(s.rule().id());
            out.add(new AssessmentResult.Cause(s.rule().id(), Math.round(s.score() * 1000) / 1000.0, e.summary(), e.title(),
                    List.copyOf(new LinkedHashSet<>(s.because())), e.grade().key(), e.sources()));
        }
        return List.copyOf(out);
    }

    /** Noisy-OR of the base and the weights of the factors that hold; collects the facts behind them. */
    private static double score(CauseRule rule, Facts facts, List<String> because) {
        double keep = 1 - rule.base();
        for (CauseRule.Factor f : rule.factors()) {
            if (f.when().evaluate(facts).isTrue()) {
                keep *= 1 - f.weight();
                f.when().because(facts, because);
            }
        }
        return 1 - keep;
    }

    private List<AssessmentResult.Mimic> mimics(Facts facts) {
        List<AssessmentResult.Mimic> out = new ArrayList<>();
        for (MimicRule rule : rules.mimics()) {
            if (rule.when().evaluate(facts).isTrue()) {
                Entry e = entry(rule.id());
                out.add(new AssessmentResult.Mimic(rule.id(), e.summary(), e.title(),
                        List.copyOf(new LinkedHashSet<>(rule.when().because(facts))), e.sources()));
            }
        }
        return List.copyOf(out);
    }

    private List<AssessmentResult.Advice> advice(List<StepRule> stepRules, Facts facts) {
        Set<String> ids = new LinkedHashSet<>();
        for (StepRule rule : stepRules) {
            if (rule.applies(facts)) {
                ids.addAll(rule.ids());
                if (rule.stop()) {
                    break;
                }
            }
        }
        List<AssessmentResult.Advice> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Entry e = entry(id);
            out.add(new AssessmentResult.Advice(id, e.summary(), e.title(), e.grade().key(), e.sources()));
        }
        return List.copyOf(out);
    }

    private List<AssessmentResult.Medication> medications(Facts facts) {
        return facts.medications().map(list -> list.stream()
                .map(m -> new AssessmentResult.Medication(m.input(), m.matched(), m.medicineClass())).toList())
                .orElse(List.of());
    }

    private Entry entry(String id) {
        return kb.entry(id).orElseThrow(() -> new IllegalStateException("knowledge base has no entry " + id));
    }
}
