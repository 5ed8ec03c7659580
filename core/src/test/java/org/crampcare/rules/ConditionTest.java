package org.crampcare.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crampcare.support.Fixtures;
import org.junit.jupiter.api.Test;

import tools.jackson.core.JsonPointer;

/** Conditions follow three-valued logic: unanswered is unknown, never "no". */
class ConditionTest {
    private static final Condition FEVER = new Condition.InList(Condition.ListKind.SYMPTOMS, "fever");
    private static final Condition AWARE = new Condition.FieldTest("/episode/fully_aware",
            JsonPointer.compile("/episode/fully_aware"), Operator.IS, Fixtures.tree("false"));

    private static Facts facts(String json) {
        return org.crampcare.assessment.TestFacts.of(json);
    }

    @Test
    void aMissingListIsUnknownAndAnAnsweredListWithoutTheValueIsFalse() {
        assertThat(FEVER.evaluate(facts("{}"))).isEqualTo(Truth.UNKNOWN);
        assertThat(FEVER.evaluate(facts("{\"symptoms\": []}"))).isEqualTo(Truth.FALSE);
        assertThat(FEVER.evaluate(facts("{\"symptoms\": [\"fever\"]}"))).isEqualTo(Truth.TRUE);
    }

    @Test
    void anyIsTrueWhenOneBranchIsTrueEvenIfOthersAreUnknown() {
        Condition any = new Condition.Any(List.of(FEVER, AWARE));
        assertThat(any.evaluate(facts("{\"symptoms\": [\"fever\"]}"))).isEqualTo(Truth.TRUE);
        assertThat(any.evaluate(facts("{\"symptoms\": []}"))).isEqualTo(Truth.UNKNOWN);
        assertThat(any.evaluate(facts("{\"symptoms\": [], \"episode\": {\"fully_aware\": true}}"))).isEqualTo(Truth.FALSE);
    }

    @Test
    void allIsFalseWhenOneBranchIsFalseEvenIfOthersAreUnknown() {
        Condition all = new Condition.All(List.of(FEVER, AWARE));
        assertThat(all.evaluate(facts("{\"symptoms\": []}"))).isEqualTo(Truth.FALSE);
        assertThat(all.evaluate(facts("{\"symptoms\": [\"fever\"]}"))).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void notOfUnknownStaysUnknown() {
        assertThat(new Condition.Not(FEVER).evaluate(facts("{}"))).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void unknownFieldsOfAnUnknownConditionAreTheQuestionsToAsk() {
        List<String> out = new java.util.ArrayList<>();
        new Condition.Any(List.of(FEVER, AWARE)).unknownFields(facts("{}"), out);
        assertThat(out).containsExactly("/symptoms/fever", "/episode/fully_aware");
    }

    @Test
    void becauseNamesTheFactsThatMadeItTrue() {
        assertThat(new Condition.Any(List.of(FEVER, AWARE)).because(facts("{\"episode\": {\"fully_aware\": false}}")).stream().map(Fact::text))
                .containsExactly("/episode/fully_aware=false");
    }
}
