package org.crampcare.rules;

import java.util.List;
import java.util.Map;

/**
 * All rules of the knowledge base, in file order. {@code notRuledOutHeadline} replaces the self-care headline when a
 * warning sign was answered "not sure".
 */
public record Rules(
        Map<String, Condition> namedConditions,
        Map<Level, String> headlines,
        String notRuledOutHeadline,
        String disclaimer,
        List<TriageRule> triage,
        List<CauseRule> causes,
        List<MimicRule> mimics,
        List<StepRule> firstAid,
        List<StepRule> prevention,
        List<Question> questions,
        List<QuestionGroup> groups) {
}
