package org.crampcare.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.crampcare.rules.Level;
import org.crampcare.rules.Question;
import org.crampcare.support.Fixtures;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.StringNode;

/** The interview asks what can still change the advice, warning signs first, and stops when the answer is settled. */
class InterviewTest {
    private static final Interview INTERVIEW = new Interview(Fixtures.engine(), Fixtures.reader());

    @Test
    void theFirstQuestionsAreTheWarningSignsThatCouldMakeItAnEmergency() {
        Step first = INTERVIEW.step(Answers.none());
        assertThat(first.finished()).isFalse();
        assertThat(first.next().get(0).stage()).isEqualTo(Interview.RED_FLAGS);
        assertThat(first.next().stream().map(Question::field)).contains("/episode/fully_aware", "/symptoms/chest_pain");
    }

    @Test
    void aSwollenCalfSettlesTheAnswerAsUrgentAtOnce() {
        Step step = INTERVIEW.step(Answers.none().with("/symptoms/calf_swelling_one_side", Answer.of(BooleanNode.TRUE)));
        assertThat(step.settled()).isTrue();
        assertThat(step.level()).isEqualTo(Level.URGENT);
    }

    @Test
    void aManIsNeverAskedAboutPregnancy() {
        Answers answers = Answers.none().with("/person/sex", Answer.of(StringNode.valueOf("male")))
                .with("/person/age_years", Answer.of(IntNode.valueOf(40)));
        for (int i = 0; i < 40; i++) {
            Step step = INTERVIEW.step(answers);
            assertThat(step.next().stream().map(Question::field)).doesNotContain("/person/pregnant", "/person/pregnancy_week");
            if (step.finished()) {
                break;
            }
            answers = answers.with(step.next().get(0).field(), Answer.notSure());
        }
    }

    @Test
    void sexAndAgeAreAskedBeforePregnancy() {
        List<String> asked = new ArrayList<>();
        Answers answers = Answers.none();
        for (int i = 0; i < 200; i++) {
            Step step = INTERVIEW.step(answers);
            if (step.finished()) {
                break;
            }
            Question q = step.next().get(0);
            asked.add(q.field());
            answers = answers.with(q.field(), Answer.notSure());
        }
        if (asked.contains("/person/pregnant")) {
            assertThat(asked.indexOf("/person/sex")).isBetween(0, asked.indexOf("/person/pregnant"));
        }
    }

    @Test
    void skippingEveryQuestionNeverEndsInSelfCareWithoutSayingWhatCouldNotBeRuledOut() {
        Answers answers = Answers.none();
        Step step = INTERVIEW.step(answers);
        while (!step.finished()) {
            for (Question q : step.next()) {
                answers = answers.with(q.field(), Answer.notSure());
            }
            step = INTERVIEW.step(answers);
        }
        assertThat(step.level()).isEqualTo(Level.SELF_CARE);
        assertThat(step.notRuledOut()).isNotEmpty();
        assertThat(step.notRuledOut().stream().map(Question::field)).contains("/symptoms/chest_pain", "/episode/fully_aware");
        assertThat(step.result().followUpQuestions()).isNotEmpty();
    }

    @Test
    void everyPublicVignetteReplayedReachesTheLevelOfTheEngine() {
        List<Integer> counts = new ArrayList<>();
        for (JsonNode v : Fixtures.vignettes()) {
            JsonNode request = v.get("request");
            VignetteReplay.Outcome o = VignetteReplay.play(INTERVIEW, request, true);
            Level direct = Fixtures.engine().assess(Fixtures.reader().validate(request)).triage().level();
            assertThat(o.step().level()).as("%s: %s", v.get("id"), o.step().result().triage().reasons()).isEqualTo(direct);
            counts.add(o.asked());
        }
        Collections.sort(counts);
        int median = counts.get(counts.size() / 2);
        System.out.println("interview: questions answered per public vignette " + counts + ", median " + median);
        assertThat(median).as("median questions answered").isLessThanOrEqualTo(15);
        assertThat(counts.get(counts.size() - 1)).as("most questions answered").isLessThanOrEqualTo(30);
    }
}
