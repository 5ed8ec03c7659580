package org.crampcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.support.Fixtures.assess;
import static org.crampcare.support.Fixtures.ids;

import org.crampcare.rules.Fact;
import org.crampcare.rules.Level;
import org.junit.jupiter.api.Test;

/**
 * Brief 2, doctor: weekly cramps that have not improved after a few weeks (4) of self-care, with no evident cause
 * (rule not_improving_with_self_care, contract extension history.self_care_weeks and history.improving).
 */
class SelfCareRuleTest {

    @Test
    void weeklyCrampsNotBetterAfterFourWeeksOfSelfCareGoToTheDoctor() {
        AssessmentResult r = assess("""
                {"history": {"episodes_per_week": 2, "weeks_since_onset": 8, "self_care_weeks": 4, "improving": false}}""");

        assertThat(r.triage().level()).isEqualTo(Level.DOCTOR);
        assertThat(ids(r.triage().reasons())).containsExactly("not_improving_with_self_care");
        assertThat(r.triage().reasons().get(0).because().stream().map(Fact::text)).contains("/history/improving=false",
                "/history/self_care_weeks=4");
    }

    @Test
    void crampsThatGotBetterStaySelfCare() {
        assertThat(assess("""
                {"history": {"episodes_per_week": 2, "weeks_since_onset": 8, "self_care_weeks": 6, "improving": true}}""")
                .triage().level()).isEqualTo(Level.SELF_CARE);
    }

    @Test
    void lessThanFourWeeksOfSelfCareIsTooSoon() {
        assertThat(ids(assess("""
                {"history": {"episodes_per_week": 2, "weeks_since_onset": 8, "self_care_weeks": 3.9, "improving": false}}""")
                .triage().reasons())).doesNotContain("not_improving_with_self_care");
    }

    @Test
    void crampsLessThanWeeklyAreLeftToSelfCare() {
        assertThat(ids(assess("""
                {"history": {"episodes_per_week": 0.5, "weeks_since_onset": 8, "self_care_weeks": 6, "improving": false}}""")
                .triage().reasons())).doesNotContain("not_improving_with_self_care");
    }

    /** Pregnancy is an evident cause that stays self-care unless the cramps are frequent (brief 2). */
    @Test
    void pregnancyIsAnEvidentCause() {
        assertThat(assess("""
                {"person": {"sex": "female", "pregnant": true, "pregnancy_week": 28},
                 "history": {"episodes_per_week": 2, "weeks_since_onset": 8, "self_care_weeks": 6, "improving": false}}""")
                .triage().level()).isEqualTo(Level.SELF_CARE);
    }

    @Test
    void anUnansweredPregnancyDoesNotStopTheRule() {
        assertThat(assess("""
                {"person": {"sex": "female", "age_years": 30},
                 "history": {"episodes_per_week": 2, "weeks_since_onset": 8, "self_care_weeks": 6, "improving": false}}""")
                .triage().level()).isEqualTo(Level.DOCTOR);
    }

    @Test
    void weeklyCrampsAskHowLongTheyHaveGoneOnButNotYetAboutSelfCare() {
        AssessmentResult r = assess("""
                {"history": {"episodes_per_week": 2}}""");

        assertThat(r.followUpQuestions()).extracting(AssessmentResult.FollowUp::field)
                .contains("/history/weeks_since_onset")
                .doesNotContain("/history/self_care_weeks", "/history/improving");
    }

    @Test
    void crampsOfFourWeeksOrMoreAskAboutSelfCare() {
        AssessmentResult r = assess("""
                {"history": {"episodes_per_week": 2, "weeks_since_onset": 6}}""");

        assertThat(r.followUpQuestions()).extracting(AssessmentResult.FollowUp::field)
                .contains("/history/self_care_weeks").doesNotContain("/history/improving");
    }

    @Test
    void crampsOfAFewDaysNeverAskAboutSelfCare() {
        AssessmentResult r = assess("""
                {"history": {"episodes_per_week": 2, "weeks_since_onset": 1}}""");

        assertThat(r.followUpQuestions()).extracting(AssessmentResult.FollowUp::field)
                .doesNotContain("/history/self_care_weeks", "/history/improving");
    }

    @Test
    void fourWeeksOfSelfCareAskWhetherTheCrampsGotBetter() {
        AssessmentResult r = assess("""
                {"history": {"episodes_per_week": 2, "weeks_since_onset": 6, "self_care_weeks": 5}}""");

        assertThat(r.followUpQuestions()).extracting(AssessmentResult.FollowUp::field).contains("/history/improving");
    }
}
