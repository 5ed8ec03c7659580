package org.crampcare.interview;

import java.util.List;
import java.util.Set;

import org.crampcare.rules.Question;
import org.crampcare.rules.QuestionGroup;

import tools.jackson.databind.node.BooleanNode;

/** One thing to ask a person: a single question, or a checklist of yes/no questions asked together. */
public sealed interface Ask {

    /** The questions this ask answers, in order. */
    List<Question> questions();

    default String stage() {
        return questions().get(0).stage();
    }

    record Single(Question question) implements Ask {
        public List<Question> questions() {
            return List.of(question);
        }
    }

    /** "Did any of these happen?": the ticked ones yes, the others no; or "not sure" for all of them. */
    record Group(QuestionGroup group, List<Question> questions) implements Ask {
        public Group {
            questions = List.copyOf(questions);
        }

        /** The answers with this checklist answered: {@code ticked} fields yes, the others no. */
        public Answers answer(Answers answers, Set<String> ticked) {
            Answers out = answers;
            for (Question q : questions) {
                out = out.with(q.field(), Answer.of(BooleanNode.valueOf(ticked.contains(q.field()))));
            }
            return out;
        }

        /** The answers with "not sure" for every question of this checklist. */
        public Answers notSure(Answers answers) {
            Answers out = answers;
            for (Question q : questions) {
                out = out.with(q.field(), Answer.notSure());
            }
            return out;
        }
    }
}
