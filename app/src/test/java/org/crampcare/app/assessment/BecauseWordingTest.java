package org.crampcare.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crampcare.rules.Condition;
import org.crampcare.rules.Fact;
import org.crampcare.rules.Level;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class BecauseWordingTest {
    private final BecauseWording wording = TestAssessment.WORDING;

    private String text(String field) {
        return TestAssessment.question(field).text();
    }

    private static Fact listed(Condition.ListKind list, String value) {
        return new Fact.Listed(list, value);
    }

    private static Fact answered(String field, String json) {
        return new Fact.Answered(field, JsonMapper.builder().build().readTree(json));
    }

    @Test
    void aReportedSymptomIsTheQuestionAnsweredYes() {
        assertThat(wording.phrase(listed(Condition.ListKind.SYMPTOMS, "dark_urine")))
                .contains("you said yes to \u201c" + text("/symptoms/dark_urine") + "\u201d");
    }

    @Test
    void aNumberIsTheAnswerGivenToItsQuestion() {
        assertThat(wording.phrase(answered("/history/episodes_per_week", "5")))
                .contains("you said 5 to \u201c" + text("/history/episodes_per_week") + "\u201d");
    }

    @Test
    void aBooleanIsYesOrNo() {
        assertThat(wording.phrase(answered("/episode/fully_aware", "false")))
                .contains("you said no to \u201c" + text("/episode/fully_aware") + "\u201d");
        assertThat(wording.phrase(answered("/history/worsening", "true"))).get().asString().startsWith("you said yes to");
    }

    @Test
    void anEnumeratedValueIsShownWithItsLabel() {
        assertThat(wording.phrase(answered("/episode/setting", "\"night_in_bed\"")))
                .contains("you said \u201cIn bed at night\u201d to \u201c" + text("/episode/setting") + "\u201d");
    }

    @Test
    void aListValueIsTheOptionChosen() {
        assertThat(wording.phrase(listed(Condition.ListKind.LOCATIONS, "thigh_front")))
                .contains("you chose \u201cFront of thigh\u201d for \u201c" + text("/episode/locations") + "\u201d");
        assertThat(wording.phrase(listed(Condition.ListKind.CONDITIONS, "diabetes"))).get().asString().startsWith("you chose \u201cDiabetes\u201d");
    }

    @Test
    void aListTestedForOneValueNamesTheChosenOptions() {
        assertThat(wording.phrase(answered("/lifestyle/footwear", "[\"high_heels\"]"))).get().asString()
                .startsWith("you chose \u201cHigh heels\u201d for");
    }

    @Test
    void aMedicineIsShownAsWrittenWithWhatItWasRecognisedAs() {
        assertThat(wording.phrase(new Fact.Medicine(0, "Lasix 40 mg", "furosemide", "diuretic")))
                .contains("you listed the medicine \u201cLasix 40 mg\u201d (recognised as furosemide, a water tablet (diuretic))");
    }

    @Test
    void aDurationIsInMinutesAndSeconds() {
        assertThat(wording.phrase(answered("/episode/duration_seconds", "900"))).get().asString().startsWith("you said 15 minutes to");
        assertThat(BecauseWording.duration("90")).isEqualTo("1 minute 30 seconds");
        assertThat(BecauseWording.duration("1")).isEqualTo("1 second");
    }

    @Test
    void anUnansweredQuestionIsSaidSo() {
        assertThat(wording.phrase(new Fact.NotAnswered("/person/pregnancy_week")))
                .contains("you did not answer \u201c" + text("/person/pregnancy_week") + "\u201d");
    }

    @Test
    void theTriageLevelIsNotAReasonToShow() {
        assertThat(wording.phrase(new Fact.TriageLevel(Level.EMERGENCY))).isEmpty();
    }

    @Test
    void aFactWithNoQuestionIsNotGuessedAt() {
        assertThat(wording.phrase(answered("/nowhere/field", "3"))).isEmpty();
    }

    @Test
    void theSentenceJoinsTheFactsOnceEach() {
        assertThat(wording.sentence(List.of(listed(Condition.ListKind.SYMPTOMS, "dark_urine"), answered("/history/episodes_per_week", "5"), listed(Condition.ListKind.SYMPTOMS, "dark_urine"))))
                .isEqualTo("Because you said yes to \u201c" + text("/symptoms/dark_urine") + "\u201d, and you said 5 to \u201c"
                        + text("/history/episodes_per_week") + "\u201d");
        assertThat(wording.sentence(List.of())).isEmpty();
    }
}
