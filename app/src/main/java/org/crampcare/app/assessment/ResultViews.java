package org.crampcare.app.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crampcare.app.config.CrampCareProperties;
import org.crampcare.assessment.AssessmentResult;
import org.crampcare.interview.Answer;
import org.crampcare.interview.Answers;
import org.crampcare.interview.Step;
import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.Grade;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.rules.Level;
import org.crampcare.rules.Question;
import org.crampcare.rules.TriageRule;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Builds the result page's view from an interview step: texts as they are, plus grades, titles and plain reasons.
 * Public for the diary, which shows the level and reasons of an entry that carries a red flag.
 */
@Component
public class ResultViews {
    /** Names of the levels on the banner (UI words; the advice itself is the headline from the knowledge base). */
    static final Map<Level, String> LEVEL_LABELS = Map.of(
            Level.EMERGENCY, "Emergency",
            Level.URGENT, "Urgent",
            Level.DOCTOR, "See a doctor",
            Level.SELF_CARE, "Self-care");
    private static final String IDIOPATHIC = "idiopathic";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final KnowledgeBase kb;
    private final BecauseWording wording;
    private final Questionnaire questionnaire;
    private final CrampCareProperties properties;

    ResultViews(KnowledgeBase kb, BecauseWording wording, Questionnaire questionnaire, CrampCareProperties properties) {
        this.kb = kb;
        this.wording = wording;
        this.questionnaire = questionnaire;
        this.properties = properties;
    }

    public ResultView view(Step step, Answers answers, LocalDate today) {
        AssessmentResult r = step.result();
        Level level = r.triage().level();
        List<ResultView.Reason> reasons = r.triage().reasons().stream()
                .map(x -> new ResultView.Reason(x.text(), levelLabel(x.level()), wording.sentence(x.because()),
                        x.sources().stream().map(id -> kb.source(id)
                                .map(s -> new ResultView.SourceLink(s.title(), s.url().orElse("")))
                                .orElse(new ResultView.SourceLink(id, ""))).toList()))
                .toList();

        // causes only where the answers support them; none on an emergency (call first, nothing else)
        List<AssessmentResult.Cause> supported = r.causes().stream().filter(c -> !c.because().isEmpty()).toList();
        if (supported.isEmpty()) {
            supported = r.causes().stream().filter(c -> c.id().equals(IDIOPATHIC)).toList();
        }
        List<ResultView.Cause> causes = level == Level.EMERGENCY ? List.of() : supported.stream()
                .limit(5)
                .map(c -> new ResultView.Cause(c.id(), c.title(), c.text(), likelihood(c.score()), c.score(),
                        gradeLabel(c.grade()), c.grade(), wording.sentence(c.because())))
                .toList();

        // the look-alike that the fired reasons name comes first (a clot before anything else)
        Set<String> explained = new HashSet<>();
        Set<String> fired = new HashSet<>();
        r.triage().reasons().forEach(x -> fired.add(x.id()));
        for (TriageRule rule : kb.rules().triage()) {
            if (fired.contains(rule.id())) {
                explained.addAll(rule.explains());
            }
        }
        List<ResultView.Mimic> mimics = r.mimics().stream()
                .sorted(Comparator.comparing((AssessmentResult.Mimic m) -> !explained.contains(m.id())))
                .map(m -> {
                    String grade = kb.entry(m.id()).map(Entry::grade).map(Grade::key).orElse("");
                    return new ResultView.Mimic(m.id(), m.title(), m.text(), gradeLabel(grade), grade,
                            wording.sentence(m.because()));
                })
                .toList();
        List<ResultView.FollowUp> followUps = r.followUpQuestions().stream()
                .filter(f -> !answers.answered(f.field()))
                .map(f -> new ResultView.FollowUp(f.field(), f.text(), levelLabel(f.level())))
                .toList();
        List<ResultView.Medicine> medicines = r.medications().stream()
                .map(m -> {
                    String cls = m.medicineClass() == null ? "" : m.medicineClass();
                    String entry = cls.isEmpty() ? "" : kb.entry("drug_" + cls).map(Entry::id).orElse("");
                    return new ResultView.Medicine(m.input(), m.matched() == null ? "" : m.matched(),
                            cls.isEmpty() ? "" : OptionLabels.medicineClass(cls), entry);
                })
                .toList();
        List<ResultView.Advice> firstAid = advice(r.firstAid());
        List<ResultView.Advice> prevention = level == Level.EMERGENCY ? List.of() : advice(r.prevention());
        List<String> notRuledOut = step.notRuledOut().stream().map(Question::itemLabel).toList();
        return new ResultView(level.id(), levelLabel(level), headline(r, notRuledOut), level == Level.EMERGENCY,
                level == Level.URGENT, properties.urgentLine(), reasons, firstAid, causes, mimics, prevention,
                followUps, medicines, notRuledOut, getHelp(level, fired), lines(answers), DATE.format(today),
                r.disclaimer(), r.knowledgeVersion());
    }

    /** Self-care with a warning sign answered "not sure" is not "you can manage this at home". */
    private String headline(AssessmentResult r, List<String> notRuledOut) {
        if (r.triage().level() == Level.SELF_CARE && !notRuledOut.isEmpty()) {
            return kb.rules().notRuledOutHeadline();
        }
        return r.triage().headline();
    }

    /** The signs of the rules above the level that did not fire, by level, most serious first. */
    private List<ResultView.HelpIf> getHelp(Level level, Set<String> fired) {
        Map<Level, List<String>> signs = new LinkedHashMap<>();
        for (Level l : List.of(Level.EMERGENCY, Level.URGENT, Level.DOCTOR)) {
            signs.put(l, new ArrayList<>());
        }
        for (TriageRule rule : kb.rules().triage()) {
            if (rule.level().above(level) && !fired.contains(rule.id()) && rule.sign().isPresent()) {
                List<String> list = signs.get(rule.level());
                if (list != null && !list.contains(rule.sign().get())) {
                    list.add(rule.sign().get());
                }
            }
        }
        List<ResultView.HelpIf> out = new ArrayList<>();
        signs.forEach((l, list) -> {
            if (!list.isEmpty()) {
                out.add(new ResultView.HelpIf(l.id(), action(l), List.copyOf(list)));
            }
        });
        return out;
    }

    private String action(Level level) {
        return switch (level) {
            case EMERGENCY -> "Call " + properties.emergencyNumber() + " now if there is";
            case URGENT -> "Get medical help today (" + properties.urgentLine().map(n -> "call " + n)
                    .orElse("your doctor's surgery or urgent care") + ") if there is";
            case DOCTOR -> "Book an appointment with your doctor if there is";
            case SELF_CARE -> "";
        };
    }

    /** The answers in questionnaire order, in words ("not sure" left out). */
    private List<ResultView.Line> lines(Answers answers) {
        List<ResultView.Line> out = new ArrayList<>();
        List<String> yes = new ArrayList<>();
        List<String> no = new ArrayList<>();
        for (FormQuestion q : questionnaire.all()) {
            Optional<Answer> a = answers.get(q.field());
            if (a.isEmpty() || !(a.get() instanceof Answer.Given g)) {
                continue;
            }
            if (q.symptom()) {
                (g.value().asBoolean(false) ? yes : no).add(kb.rules().questions().stream()
                        .filter(x -> x.field().equals(q.field())).findFirst().map(Question::itemLabel).orElse(q.text()));
                continue;
            }
            out.add(new ResultView.Line(q.text(), words(q, g.value())));
        }
        if (!yes.isEmpty()) {
            out.add(0, new ResultView.Line("Symptoms", String.join("; ", yes)));
        }
        if (!no.isEmpty()) {
            out.add(new ResultView.Line("Not present", String.join("; ", no)));
        }
        return out;
    }

    static String words(FormQuestion q, JsonNode v) {
        return switch (q.kind()) {
            case YES_NO, SYMPTOM -> v.asBoolean(false) ? "Yes" : "No";
            case CHOICE -> q.optionLabel(v.asString());
            case MULTI, TEXT_LINES -> {
                List<String> items = new ArrayList<>();
                v.forEach(x -> items.add(q.kind() == InputKind.MULTI ? q.optionLabel(x.asString()) : x.asString()));
                yield items.isEmpty() ? "None" : String.join(", ", items);
            }
            case DURATION -> BecauseWording.duration(v.asString(v.toString()));
            case NUMBER, INTEGER -> v.toString();
        };
    }

    private List<ResultView.Advice> advice(List<AssessmentResult.Advice> list) {
        return list.stream()
                .map(a -> new ResultView.Advice(a.id(), a.title(), a.text(), gradeLabel(a.grade()), a.grade()))
                .toList();
    }

    static String levelLabel(Level level) {
        return LEVEL_LABELS.get(level);
    }

    static String gradeLabel(String key) {
        return Grade.fromKey(key).map(Grade::label).orElse("");
    }

    /** A cause's score in words (the score ranks causes; it is not a probability). */
    static String likelihood(double score) {
        if (score >= 0.5) {
            return "Likely";
        }
        if (score >= 0.2) {
            return "Possible";
        }
        return "Less likely";
    }
}
