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
 * @param next       the questions still worth asking for the result (how urgent, and the first aid), in order
 * @param asks       the same questions as they are asked: yes/no questions of one group together as a checklist
 * @param further    after the result, for those who go on: what could still change the likely causes or the
 *                   prevention plan (daily life, diet, sleep), asked the same way
 * @param answered   the fields answered so far ("not sure" included)
 * @param notRuledOut warning-sign questions answered "not sure" whose answer could still raise the level: the result
 *                   must say what could not be ruled out, never "you can manage this at home" alone
 */
public record Step(Evaluation evaluation, List<Question> next, List<Ask> asks, List<Ask> further,
        List<Question> notRuledOut,
        Set<String> answered) {

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

    /** The next page of the questions for the result: see {@link #page(List, int)}. */
    public List<Ask> page(int max) {
        return page(asks, max);
    }

    /**
     * The next page of these asks, one topic per page: a checklist alone, or up to {@code max} single questions of the
     * first one's stage that follow each other.
     */
    public static List<Ask> page(List<Ask> asks, int max) {
        if (asks.isEmpty()) {
            return List.of();
        }
        if (asks.get(0) instanceof Ask.Group) {
            return List.of(asks.get(0));
        }
        String stage = asks.get(0).stage();
        List<Ask> out = new java.util.ArrayList<>();
        for (Ask a : asks) {
            if (a instanceof Ask.Group || !a.stage().equals(stage) || out.size() == max) {
                break;
            }
            out.add(a);
        }
        return List.copyOf(out);
    }

    /** Nothing left worth asking. */
    public boolean finished() {
        return next.isEmpty();
    }
}
