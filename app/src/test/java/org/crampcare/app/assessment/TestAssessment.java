package org.crampcare.app.assessment;

import org.crampcare.assessment.AssessmentEngine;
import org.crampcare.assessment.RequestReader;
import org.crampcare.interview.Interview;
import org.crampcare.knowledge.KnowledgeBase;

/** The real knowledge base and the questionnaire built on it, loaded once for the unit tests of this package. */
final class TestAssessment {
    static final KnowledgeBase KB = KnowledgeBase.load();
    static final Questionnaire QUESTIONNAIRE = new Questionnaire(KB);
    static final Interview INTERVIEW = new Interview(new AssessmentEngine(KB), new RequestReader());
    static final BecauseWording WORDING = new BecauseWording(QUESTIONNAIRE);
    static final FormReader FORMS = new FormReader(QUESTIONNAIRE);
    static final PageForm PAGES = new PageForm(QUESTIONNAIRE, FORMS);

    private TestAssessment() {
    }

    static FormQuestion question(String field) {
        return QUESTIONNAIRE.byField(field).orElseThrow();
    }
}
