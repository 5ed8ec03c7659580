package org.crampcare.app.assessment;

import java.util.List;
import java.util.Map;

import org.crampcare.assessment.AssessmentResult;
import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.Grade;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Source;
import org.springframework.stereotype.Component;

/** Builds the result page's view from an engine result: texts as they are, plus grades, titles and plain reasons. */
@Component
class ResultViews {
    /** Names of the levels on the banner (UI words; the advice itself is the headline from the knowledge base). */
    static final Map<String, String> LEVEL_LABELS = Map.of(
            "emergency", "Emergency",
            "urgent", "Urgent",
            "doctor", "See a doctor",
            "self_care", "Self-care");

    private final KnowledgeBase kb;
    private final BecauseWording wording;

    ResultViews(KnowledgeBase kb, BecauseWording wording) {
        this.kb = kb;
        this.wording = wording;
    }

    ResultView view(AssessmentResult r) {
        String level = r.triage().level();
        List<ResultView.Reason> reasons = r.triage().reasons().stream()
                .map(x -> new ResultView.Reason(x.text(), levelLabel(x.level()), wording.sentence(x.because()),
                        x.sources().stream().map(id -> kb.source(id).map(Source::title).orElse(id)).toList()))
                .toList();
        List<ResultView.Cause> causes = r.causes().stream()
                .map(c -> new ResultView.Cause(c.id(), c.title(), c.text(), likelihood(c.score()), c.score(),
                        gradeLabel(c.grade()), c.grade(), wording.sentence(c.because())))
                .toList();
        List<ResultView.Mimic> mimics = r.mimics().stream()
                .map(m -> {
                    String grade = kb.entry(m.id()).map(Entry::grade).map(Grade::key).orElse("");
                    return new ResultView.Mimic(m.id(), m.title(), m.text(), gradeLabel(grade), grade,
                            wording.sentence(m.because()));
                })
                .toList();
        List<ResultView.FollowUp> followUps = r.followUpQuestions().stream()
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
        return new ResultView(level, levelLabel(level), r.triage().headline(), "emergency".equals(level), reasons,
                advice(r.firstAid()), causes, mimics, advice(r.prevention()), followUps, medicines, r.disclaimer(),
                r.knowledgeVersion());
    }

    private List<ResultView.Advice> advice(List<AssessmentResult.Advice> list) {
        return list.stream()
                .map(a -> new ResultView.Advice(a.id(), a.title(), a.text(), gradeLabel(a.grade()), a.grade()))
                .toList();
    }

    static String levelLabel(String level) {
        return LEVEL_LABELS.getOrDefault(level, OptionLabels.humanise(level));
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
