package org.crampcare.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crampcare.contract.Contract;
import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.rules.CauseRule;
import org.crampcare.rules.Fact;
import org.crampcare.rules.Facts;
import org.crampcare.rules.Level;
import org.crampcare.rules.MimicRule;
import org.crampcare.rules.Question;
import org.crampcare.rules.Rules;
import org.crampcare.rules.StepRule;
import org.crampcare.rules.TriageRule;
import org.crampcare.rules.Truth;

/**
 * The assessment engine: a pure function from a validated request to a result, driven entirely by the rules and
 * texts of the knowledge base. No clock, no I/O; safe to share between threads.
 */
public final class AssessmentEngine {
    private static final Pattern MEDICINE_ITEM = Pattern.compile("/medications/(\\d+)");
    private static final int LEADING_CAUSES = 3;

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
        return evaluate(request).result();
    }

    /** The result, and which unanswered fields could still change it (for the interview). */
    public Evaluation evaluate(AssessmentRequest request) {
        RequestFacts facts = RequestFacts.of(request, kb.medicineIndex());

        List<AssessmentResult.Reason> reasons = new ArrayList<>();
        Level level = Level.SELF_CARE;
        for (TriageRule rule : rules.triage()) {
            if (rule.fires(facts)) {
                reasons.add(new AssessmentResult.Reason(rule.id(), rule.level(), rule.text(), rule.when().because(facts),
                        rule.sources()));
                level = Level.max(level, rule.level());
            }
        }
        reasons.sort(Comparator.comparing(AssessmentResult.Reason::level).reversed());
        AssessmentResult.Triage triage = new AssessmentResult.Triage(level, rules.headlines().get(level), List.copyOf(reasons));

        RequestFacts withLevel = facts.withLevel(level);
        Map<String, Level> raises = raisesLevel(facts, level);
        Set<String> firstAidFields = new LinkedHashSet<>();
        Set<String> planFields = new LinkedHashSet<>();
        List<AssessmentResult.Cause> causes = causes(facts);
        AssessmentResult result = new AssessmentResult(
                Contract.ID,
                kb.version(),
                triage,
                advice(rules.firstAid(), withLevel, firstAidFields),
                causes,
                mimics(facts),
                medications(facts),
                advice(rules.prevention(), withLevel, planFields),
                followUps(facts, raises),
                rules.disclaimer());
        return new Evaluation(result, raises, lowersLevel(facts, level), firstAidFields, planFields, causeFields(facts, causes),
                q -> !q.conditional() || q.applies(facts));
    }

    /**
     * Unanswered fields that could raise the level: the unknown fields of every rule above the level whose condition
     * is still unknown (and whose exception is not already true), each with the highest level it could reach.
     */
    private Map<String, Level> raisesLevel(Facts facts, Level level) {
        Map<String, Level> fieldLevel = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (TriageRule rule : rules.triage()) {
            if (!rule.level().above(level) || rule.when().evaluate(facts) != Truth.UNKNOWN) {
                continue;
            }
            if (rule.unless().map(u -> u.evaluate(facts).isTrue()).orElse(false)) {
                continue;
            }
            unknown.clear();
            rule.when().unknownFields(facts, unknown);
            for (String field : unknown) {
                fieldLevel.merge(field, rule.level(), Level::max);
            }
        }
        return fieldLevel;
    }

    /**
     * Unanswered fields that could still lower the level: when every rule that fired at the level has an exception that
     * is still unknown, the unknown fields of those exceptions. A rule that fired with no such exception keeps the level
     * whatever else is answered (three-valued logic never turns a true condition false).
     */
    private Set<String> lowersLevel(Facts facts, Level level) {
        Set<String> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (TriageRule rule : rules.triage()) {
            if (rule.level() != level || !rule.fires(facts)) {
                continue;
            }
            boolean open = false;
            // a condition that holds only because a field is not answered ("where is the cramp?") can still turn
            for (Fact f : rule.when().because(facts)) {
                if (f instanceof Fact.NotAnswered n) {
                    out.add(n.field());
                    open = true;
                }
            }
            if (rule.unless().isPresent() && rule.unless().get().evaluate(facts) == Truth.UNKNOWN) {
                unknown.clear();
                rule.unless().get().unknownFields(facts, unknown);
                out.addAll(unknown);
                open = true;
            }
            if (!open) {
                return Set.of();
            }
        }
        return out;
    }

    /** The follow-up questions: level-raising fields whose question applies to these answers, most serious first. */
    private List<AssessmentResult.FollowUp> followUps(Facts facts, Map<String, Level> raises) {
        List<AssessmentResult.FollowUp> out = new ArrayList<>(raises.size());
        for (var e : raises.entrySet()) {
            question(e.getKey(), facts).ifPresent(text -> out.add(new AssessmentResult.FollowUp(e.getKey(), text, e.getValue())));
        }
        out.sort(Comparator.comparing(AssessmentResult.FollowUp::level).reversed()
                .thenComparingInt(f -> order(f.field())));
        return List.copyOf(out);
    }

    /** The question text for a field, when that question applies; an unrecognised medicine gets its own question. */
    private Optional<String> question(String field, Facts facts) {
        Matcher item = MEDICINE_ITEM.matcher(field);
        if (item.matches()) {
            int index = Integer.parseInt(item.group(1));
            Question list = questions.get("/medications");
            return facts.medications().flatMap(ms -> ms.stream().filter(m -> m.index() == index).findFirst())
                    .flatMap(m -> list == null ? Optional.empty()
                            : list.aboutUnrecognised().map(t -> t.replace("{name}", m.input())));
        }
        Question q = questions.get(field);
        if (q == null || (q.conditional() && !q.applies(facts))) {
            return Optional.empty();
        }
        return Optional.of(q.text());
    }

    /** Questionnaire order of a field ("/medications/2" counts as the medicine list). */
    public int order(String field) {
        Integer i = questionOrder.get(MEDICINE_ITEM.matcher(field).matches() ? "/medications" : field);
        return i == null ? Integer.MAX_VALUE : i;
    }

    private List<AssessmentResult.Cause> causes(Facts facts) {
        record Scored(CauseRule rule, double score, List<Fact> because, int order) {
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
            List<Fact> because = new ArrayList<>();
            double score = score(rule, facts, because);
            if (score > 0) {
                scored.add(new Scored(rule, score, because, i));
                best = Math.max(best, score);
            }
        }
        for (int i : residual) {
            List<Fact> because = new ArrayList<>();
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
    private static double score(CauseRule rule, Facts facts, List<Fact> because) {
        double keep = 1 - rule.base();
        for (CauseRule.Factor f : rule.factors()) {
            if (f.when().evaluate(facts).isTrue()) {
                keep *= 1 - f.weight();
                f.when().because(facts, because);
            }
        }
        return 1 - keep;
    }

    /**
     * Unanswered fields that could bring a cause among the leading three: the unknown factors of every cause outside
     * them whose best possible score (every unknown factor true) would beat the third.
     */
    private Set<String> causeFields(Facts facts, List<AssessmentResult.Cause> ranked) {
        Set<String> leading = new java.util.HashSet<>();
        double bar = 0;
        for (int i = 0; i < Math.min(LEADING_CAUSES, ranked.size()); i++) {
            leading.add(ranked.get(i).id());
            bar = ranked.get(i).score();
        }
        if (ranked.size() < LEADING_CAUSES) {
            bar = 0;
        }
        Set<String> out = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (CauseRule rule : rules.causes()) {
            if (rule.residual() || leading.contains(rule.id())) {
                continue;
            }
            double keep = 1 - rule.base();
            unknown.clear();
            for (CauseRule.Factor f : rule.factors()) {
                Truth t = f.when().evaluate(facts);
                if (t != Truth.FALSE) {
                    keep *= 1 - f.weight();
                }
                if (t == Truth.UNKNOWN) {
                    f.when().unknownFields(facts, unknown);
                }
            }
            if (1 - keep > bar) {
                out.addAll(unknown);
            }
        }
        return out;
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

    /** The advice the step rules give, in order; collects the unanswered fields that could change it. */
    private List<AssessmentResult.Advice> advice(List<StepRule> stepRules, Facts facts, Set<String> openFields) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (StepRule rule : stepRules) {
            rule.unknownFields(facts, unknown);
            List<String> given = rule.give(facts);
            ids.addAll(given);
            if (rule.stop() && rule.holds(facts)) {
                break;
            }
        }
        openFields.addAll(unknown);
        List<AssessmentResult.Advice> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            Entry e = entry(id);
            out.add(new AssessmentResult.Advice(id, e.summary(), e.title(), e.grade().key(), e.sources()));
        }
        return List.copyOf(out);
    }

    private List<AssessmentResult.Medication> medications(Facts facts) {
        return facts.medications().map(list -> list.stream()
                .map(m -> new AssessmentResult.Medication(m.input(),
                        m.primary().map(Facts.Recognised::generic).orElse(null),
                        m.primary().map(Facts.Recognised::medicineClass).orElse(null)))
                .toList())
                .orElse(List.of());
    }

    private Entry entry(String id) {
        return kb.entry(id).orElseThrow(() -> new IllegalStateException("knowledge base has no entry " + id));
    }
}
