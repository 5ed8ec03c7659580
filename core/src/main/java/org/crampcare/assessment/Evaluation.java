package org.crampcare.assessment;

import java.util.Map;
import java.util.Set;

import org.crampcare.rules.Level;
import org.crampcare.rules.Question;

/**
 * One run of the engine on the answers so far: the result, and which unanswered fields could still change it, by
 * what they could change. The interview asks from these without running the engine again per question.
 *
 * @param result the contract result (its follow-up questions are the level-raising fields that apply)
 * @param raisesLevel unanswered fields that could raise the level, each with the highest level it could reach
 * @param lowersLevel unanswered fields of an exception that could still lower the level (diagnosed epilepsy and a
 *                    full recovery after a short seizure); empty when no answer can lower it
 * @param changesFirstAid unanswered fields that could change the first aid
 * @param changesPlan unanswered fields that could change the prevention plan
 * @param changesCauses unanswered fields that could bring another cause among the leading three
 * @param applicability whether a question applies to these answers (its ask_if and skip_if)
 */
public record Evaluation(AssessmentResult result, Map<String, Level> raisesLevel, Set<String> lowersLevel,
        Set<String> changesFirstAid, Set<String> changesPlan,
        Set<String> changesCauses, Applicability applicability) {

    public Level level() {
        return result.triage().level();
    }

    /** Whether a question applies to these answers (pregnancy is not asked of a man). */
    @FunctionalInterface
    public interface Applicability {
        boolean applies(Question question);
    }
}
