package org.crampcare.interview;

import java.util.HashSet;
import java.util.Set;

import org.crampcare.rules.Question;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

/**
 * Plays a person through the interview who answers from a vignette's request, and "not sure" where it is silent:
 * each question the interview asks gets the request's value for its field.
 */
final class VignetteReplay {
    private VignetteReplay() {
    }

    static final int PAGE = 6;

    record Outcome(Step step, int asked) {
    }

    /** Runs until the answer is settled or nothing is left to ask. */
    static Outcome play(Interview interview, JsonNode request, boolean stopWhenSettled) {
        Answers answers = Answers.none();
        Step step = interview.step(answers);
        int asked = 0;
        while (!step.finished() && !(stopWhenSettled && step.settled())) {
            for (Ask ask : step.page(PAGE)) {
                for (Question q : ask.questions()) {
                    answers = answers.with(q.field(), answerFrom(request, q.field()));
                }
                asked++;
            }
            step = interview.step(answers);
            if (asked > 500) {
                throw new IllegalStateException("interview does not end for " + request);
            }
        }
        return new Outcome(step, asked);
    }

    static Answer answerFrom(JsonNode request, String field) {
        if (field.startsWith("/symptoms/")) {
            JsonNode list = request.get("symptoms");
            if (list == null) {
                return Answer.notSure();
            }
            String id = field.substring("/symptoms/".length());
            Set<String> given = new HashSet<>();
            list.forEach(v -> given.add(v.asString()));
            return Answer.of(BooleanNode.valueOf(given.contains(id)));
        }
        JsonNode v = request.at(field);
        return v.isMissingNode() || v.isNull() ? Answer.notSure() : Answer.of(v);
    }
}
