package org.crampcare.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BecauseWordingTest {
    private final BecauseWording wording = TestAssessment.WORDING;

    private String text(String field) {
        return TestAssessment.question(field).text();
    }

    @Test
    void aReportedSymptomIsTheQuestionAnsweredYes() {
        assertThat(wording.phrase("/symptoms/dark_urine"))
                .contains("you said yes to \u201c" + text("/symptoms/dark_urine") + "\u201d");
    }

    @Test
    void aNumberIsTheAnswerGivenToItsQuestion() {
        assertThat(wording.phrase("/history/episodes_per_week=5"))
                .contains("you said 5 to \u201c" + text("/history/episodes_per_week") + "\u201d");
    }

    @Test
    void aBooleanIsYesOrNo() {
        assertThat(wording.phrase("/episode/fully_aware=false"))
                .contains("you said no to \u201c" + text("/episode/fully_aware") + "\u201d");
        assertThat(wording.phrase("/history/worsening=true")).get().asString().startsWith("you said yes to");
    }

    @Test
    void anEnumeratedValueIsShownWithItsLabel() {
        assertThat(wording.phrase("/episode/setting=night_in_bed"))
                .contains("you said \u201cIn bed at night\u201d to \u201c" + text("/episode/setting") + "\u201d");
    }

    @Test
    void aListValueIsTheOptionChosen() {
        assertThat(wording.phrase("/episode/locations/thigh_front"))
                .contains("you chose \u201cFront of thigh\u201d for \u201c" + text("/episode/locations") + "\u201d");
        assertThat(wording.phrase("/conditions/diabetes")).get().asString().startsWith("you chose \u201cDiabetes\u201d");
    }

    @Test
    void aListTestedForOneValueNamesTheChosenOptions() {
        assertThat(wording.phrase("/lifestyle/footwear=[\"high_heels\"]")).get().asString()
                .startsWith("you chose \u201cHigh heels\u201d for");
    }

    @Test
    void aMedicineIsShownAsWrittenWithWhatItWasRecognisedAs() {
        assertThat(wording.phrase("/medications/0=Lasix 40 mg (furosemide: diuretic)"))
                .contains("you listed the medicine \u201cLasix 40 mg\u201d (recognised as furosemide, a water tablet (diuretic))");
    }

    @Test
    void aDurationIsInMinutesAndSeconds() {
        assertThat(wording.phrase("/episode/duration_seconds=900")).get().asString().startsWith("you said 15 minutes to");
        assertThat(BecauseWording.duration("90")).isEqualTo("1 minute 30 seconds");
        assertThat(BecauseWording.duration("1")).isEqualTo("1 second");
    }

    @Test
    void anUnansweredQuestionIsSaidSo() {
        assertThat(wording.phrase("/person/pregnancy_week not answered"))
                .contains("you did not answer \u201c" + text("/person/pregnancy_week") + "\u201d");
    }

    @Test
    void theTriageLevelIsNotAReasonToShow() {
        assertThat(wording.phrase("triage level emergency")).isEmpty();
    }

    @Test
    void aFactWithNoQuestionIsShownAsItIsRatherThanGuessed() {
        assertThat(wording.phrase("/nowhere/field=3")).contains("/nowhere/field=3");
    }

    @Test
    void theSentenceJoinsTheFactsOnceEach() {
        assertThat(wording.sentence(List.of("/symptoms/dark_urine", "/history/episodes_per_week=5", "/symptoms/dark_urine")))
                .isEqualTo("Because you said yes to \u201c" + text("/symptoms/dark_urine") + "\u201d, and you said 5 to \u201c"
                        + text("/history/episodes_per_week") + "\u201d");
        assertThat(wording.sentence(List.of())).isEmpty();
    }
}
