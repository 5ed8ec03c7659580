package org.crampcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.support.Fixtures.assess;
import static org.crampcare.support.Fixtures.ids;

import org.crampcare.contract.Contract;
import org.crampcare.rules.Fact;
import org.crampcare.rules.Level;
import org.junit.jupiter.api.Test;

/** The engine follows the clinical brief's triage policy and first-aid rules. */
class AssessmentEngineTest {

    @Test
    void wholeBodyRhythmicJerkingReportedOnlyAsLocationAndKindIsAPossibleSeizure() {
        AssessmentResult r = assess("""
                {"episode": {"locations": ["whole_body"], "kind": "rhythmic"}}""");
        assertThat(r.triage().level()).isEqualTo(Level.EMERGENCY);
        assertThat(ids(r.triage().reasons())).contains("possible_seizure");
        assertThat(r.triage().reasons().get(0).because().stream().map(Fact::text)).containsExactlyInAnyOrder("/episode/locations/whole_body",
                "/episode/kind=rhythmic");
        assertThat(ids(r.mimics())).contains("epileptic_seizure");
    }

    @Test
    void notFullyAwareIsAnEmergency() {
        assertThat(assess("""
                {"episode": {"locations": ["calf"], "fully_aware": false}}""").triage().level()).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void aSeizureGetsOnlySeizureFirstAidLedByCallingForHelp() {
        AssessmentResult r = assess("""
                {"person": {"age_years": 45}, "episode": {"locations": ["calf", "whole_body"], "kind": "rhythmic"},
                 "symptoms": ["loss_of_consciousness"]}""");
        assertThat(ids(r.firstAid())).containsExactly("call_emergency", "seizure_safety");
        assertThat(r.prevention()).isEmpty();
    }

    @Test
    void knownEpilepsyWithAShortSeizureAndFullRecoveryIsUrgent() {
        assertThat(assess("""
                {"episode": {"duration_seconds": 120, "recovered": true, "ongoing": false},
                 "symptoms": ["whole_body_convulsions"], "conditions": ["epilepsy"]}""").triage().level())
                .isEqualTo(Level.URGENT);
    }

    @Test
    void knownEpilepsyStaysAnEmergencyWhenRecoveryOrDurationIsUnknownOrTooLong() {
        assertThat(assess("""
                {"episode": {"duration_seconds": 120}, "symptoms": ["whole_body_convulsions"],
                 "conditions": ["epilepsy"]}""").triage().level()).isEqualTo(Level.EMERGENCY);
        assertThat(assess("""
                {"episode": {"recovered": true}, "symptoms": ["whole_body_convulsions"],
                 "conditions": ["epilepsy"]}""").triage().level()).isEqualTo(Level.EMERGENCY);
        assertThat(assess("""
                {"episode": {"duration_seconds": 400, "recovered": true}, "symptoms": ["whole_body_convulsions"],
                 "conditions": ["epilepsy"]}""").triage().level()).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void aFaintIsAnEmergencyUnlessThePersonIsBackToNormal() {
        assertThat(assess("{\"symptoms\": [\"fainting\"]}").triage().level()).isEqualTo(Level.EMERGENCY);
        assertThat(assess("{\"symptoms\": [\"fainting\"], \"episode\": {\"recovered\": true}}").triage().level())
                .isEqualTo(Level.URGENT);
    }

    @Test
    void aFebrileFitInAToddlerIsAnEmergencyAndNamedAsAFebrileSeizure() {
        AssessmentResult r = assess("""
                {"person": {"age_years": 1.5}, "symptoms": ["fever", "whole_body_convulsions"]}""");
        assertThat(r.triage().level()).isEqualTo(Level.EMERGENCY);
        assertThat(ids(r.mimics())).contains("febrile_seizure");
    }

    @Test
    void swimmingLeadsWithWaterSafety() {
        AssessmentResult r = assess("""
                {"episode": {"locations": ["calf"], "setting": "swimming"}}""");
        assertThat(ids(r.firstAid()).get(0)).isEqualTo("water_safety");
        assertThat(ids(r.firstAid())).doesNotContain("stand_and_walk");
    }

    @Test
    void aLegWithClotSignsIsNeverMassagedOrWarmed() {
        AssessmentResult r = assess("""
                {"episode": {"locations": ["calf"]}, "symptoms": ["calf_swelling_one_side"]}""");
        assertThat(r.triage().level()).isEqualTo(Level.URGENT);
        assertThat(ids(r.firstAid())).doesNotContain("massage", "warmth");
    }

    @Test
    void aColdPaleLegIsAnEmergencyAndNeverWarmed() {
        AssessmentResult r = assess("""
                {"episode": {"locations": ["foot"]}, "symptoms": ["cold_pale_foot"]}""");
        assertThat(r.triage().level()).isEqualTo(Level.EMERGENCY);
        assertThat(ids(r.firstAid())).startsWith("call_emergency").doesNotContain("warmth", "massage");
    }

    @Test
    void firstAidFitsTheMuscle() {
        assertThat(ids(assess("{\"episode\": {\"locations\": [\"thigh_front\"]}}").firstAid())).startsWith("stretch_thigh_front");
        assertThat(ids(assess("{\"episode\": {\"locations\": [\"thigh_back\"]}}").firstAid())).startsWith("stretch_thigh_back");
        assertThat(ids(assess("{\"episode\": {\"locations\": [\"toes\"]}}").firstAid())).startsWith("stretch_foot_toes");
        assertThat(ids(assess("{}").firstAid())).startsWith("stretch_calf");
    }

    @Test
    void followUpQuestionsListRedFlagsFirstAndOnlyQuestionsThatCouldRaiseTheLevel() {
        AssessmentResult r = assess("{\"episode\": {\"locations\": [\"calf\"]}}");
        assertThat(r.triage().level()).isEqualTo(Level.SELF_CARE);
        assertThat(r.followUpQuestions()).isNotEmpty();
        assertThat(r.followUpQuestions().get(0).level()).isEqualTo(Level.EMERGENCY);
        assertThat(ids(r.followUpQuestions())).contains("/episode/fully_aware", "/symptoms/dark_urine",
                "/history/episodes_per_week");
        assertThat(ids(r.followUpQuestions())).doesNotContain("/episode/locations");
    }

    @Test
    void answeredQuestionsAreNotAskedAgain() {
        AssessmentResult r = assess("""
                {"episode": {"locations": ["calf"], "fully_aware": true}, "symptoms": [],
                 "history": {"episodes_per_week": 1}}""");
        assertThat(ids(r.followUpQuestions())).doesNotContain("/episode/fully_aware", "/symptoms/dark_urine",
                "/history/episodes_per_week");
    }

    @Test
    void anEmergencyAsksNothingMore() {
        assertThat(assess("{\"symptoms\": [\"chest_pain\"]}").followUpQuestions()).isEmpty();
    }

    @Test
    void pregnancyAloneIsSelfCareWithPregnancyAdvice() {
        AssessmentResult r = assess("""
                {"person": {"pregnant": true, "pregnancy_week": 24}, "episode": {"locations": ["calf"]},
                 "history": {"episodes_per_week": 1}}""");
        assertThat(r.triage().level()).isEqualTo(Level.SELF_CARE);
        assertThat(ids(r.prevention())).contains("pregnancy_cramp_care");
        assertThat(ids(r.causes()).get(0)).isEqualTo("pregnancy");
    }

    @Test
    void aSevereHeadacheInPregnancyWithUnknownWeekIsUrgent() {
        assertThat(assess("""
                {"person": {"pregnant": true}, "symptoms": ["severe_headache"]}""").triage().level()).isEqualTo(Level.URGENT);
    }

    @Test
    void aMedicineLinkedToCrampsGetsAReviewThatNeverSaysStop() {
        AssessmentResult r = assess("""
                {"history": {"episodes_per_week": 2}, "medications": ["Lasix 40 mg"]}""");
        assertThat(r.triage().level()).isEqualTo(Level.DOCTOR);
        assertThat(ids(r.prevention())).contains("medicine_review");
        String text = r.triage().reasons().get(0).text() + " " + r.prevention().stream()
                .filter(a -> a.id().equals("medicine_review")).findFirst().orElseThrow().text();
        assertThat(text.toLowerCase()).contains("do not stop");
    }

    @Test
    void anOccasionalCrampOnAStatinIsSelfCare() {
        assertThat(assess("""
                {"history": {"episodes_per_week": 0.5}, "medications": ["simvastatin 20 mg"]}""").triage().level())
                .isEqualTo(Level.SELF_CARE);
    }

    @Test
    void causesAreRankedAndExplained() {
        AssessmentResult r = assess("""
                {"person": {"age_years": 34}, "episode": {"setting": "during_exercise"},
                 "lifestyle": {"water_litres_per_day": 0.8, "exercise": "intense", "heavy_sweating": true}}""");
        assertThat(r.causes()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(r.causes().get(0).because()).isNotEmpty();
        assertThat(r.causes()).allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
        assertThat(ids(r.causes()).subList(0, 3)).contains("dehydration", "muscle_overuse");
    }

    @Test
    void idiopathicLeadsOnlyWhenNothingMoreSpecificIsKnown() {
        assertThat(ids(assess("{\"episode\": {\"setting\": \"night_in_bed\"}}").causes()).get(0)).isEqualTo("idiopathic");
        assertThat(ids(assess("{\"conditions\": [\"kidney_disease\"]}").causes()).get(0)).isEqualTo("kidney_disease");
    }

    @Test
    void everyResultCarriesTheContractTheKnowledgeVersionAndTheDisclaimer() {
        AssessmentResult r = assess("{}");
        assertThat(r.contract()).isEqualTo(Contract.ID);
        assertThat(r.knowledgeVersion()).startsWith("kb-");
        assertThat(r.disclaimer()).contains("not a diagnosis");
    }

    @Test
    void medicationsAreListedInInputOrderWithNullForUnknownNames() {
        AssessmentResult r = assess("{\"medications\": [\"unicorn tears\", \"Lipitor 20mg\"]}");
        assertThat(r.medications()).extracting(AssessmentResult.Medication::input).containsExactly("unicorn tears", "Lipitor 20mg");
        assertThat(r.medications().get(0).medicineClass()).isNull();
        assertThat(r.medications().get(0).matched()).isNull();
        assertThat(r.medications().get(1).medicineClass()).isEqualTo("statin");
    }

    @Test
    void questionsApplyByTheirAskIfAndSkipIfAndAnUnknownAnswerNeverSkipsOne() {
        var engine = org.crampcare.support.Fixtures.engine();
        var pregnant = question("/person/pregnant");
        var week = question("/person/pregnancy_week");
        assertThat(engine.asks(pregnant, org.crampcare.support.Fixtures.request("{\"person\": {\"sex\": \"male\"}}"))).isFalse();
        assertThat(engine.asks(pregnant, org.crampcare.support.Fixtures.request("{\"person\": {\"age_years\": 6}}"))).isFalse();
        assertThat(engine.asks(pregnant, org.crampcare.support.Fixtures.request("{}"))).isTrue();
        assertThat(engine.asks(week, org.crampcare.support.Fixtures.request("{}"))).isFalse();
        assertThat(engine.asks(week, org.crampcare.support.Fixtures.request("{\"person\": {\"pregnant\": true}}"))).isTrue();
        assertThat(pregnant.dependsOn()).contains("/person/sex", "/person/age_years");
    }

    private static org.crampcare.rules.Question question(String field) {
        return org.crampcare.support.Fixtures.kb().rules().questions().stream().filter(q -> q.field().equals(field))
                .findFirst().orElseThrow();
    }
}
