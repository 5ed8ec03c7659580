package org.crampcare.interview;

import java.util.List;
import java.util.Set;

import org.crampcare.assessment.AssessmentResult;
import org.crampcare.assessment.Evaluation;
import org.crampcare.rules.Level;
import org.crampcare.rules.Question;

/**
 * Where an interview stands after the answers so far: the result they give, the questions still worth asking (only
 * those whose answer can change the level, the first aid, the leading causes or the plan; red flags first), and
 * whether the answer is settled.
 *
 * @param next       the questions still worth asking, in the order to ask them
 * @param answered   the fields answered so far ("not sure" included)
 * @param notRuledOut warning-sign questions answered "not sure" whose answer could still raise the level: the result
 *                   must say what could not be ruled out, never "you can manage this at home" alone
 */
public record Step(Evaluation evaluation, List<Question> next, List<Question> notRuledOut, Set<String> answered) {

    public AssessmentResult result() {
        return evaluation.result();
    }

    public Level level() {
        return evaluation.level();
    }

    /**
     * An emergency or urgent rule has fired and no answer can lower it any more (an exception still open, such as
     * diagnosed epilepsy after a short seizure, is asked first): say so now.
     */
    public boolean settled() {
        return level().atLeast(Level.URGENT) && evaluation.lowersLevel().stream().allMatch(answered::contains);
    }

    /** Nothing left worth asking. */
    public boolean finished() {
        return next.isEmpty();
    }
}
