package org.crampcare.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = AssessmentPageController.class)
@Import(AssessmentSlice.class)
class AssessmentPageControllerTest {
    @Autowired
    MockMvc mvc;

    private QuestionnaireDriver driver() throws Exception {
        return new QuestionnaireDriver(mvc).start();
    }

    @Test
    void theFirstQuestionTellsACrampFromASeizure() throws Exception {
        mvc.perform(get("/assessment"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TestAssessment.question("/episode/fully_aware").text())))
                .andExpect(content().string(containsString("<legend>")))
                .andExpect(content().string(containsString("tel:112")))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }

    @Test
    void notFullyAwareGoesStraightToAnEmergencyResultWithTheNumber() throws Exception {
        QuestionnaireDriver d = driver().next("/episode/fully_aware", "no");
        assertThat(d.onResult()).isTrue();
        assertThat(d.html()).contains("banner-emergency").contains("href=\"tel:112\"").contains("Call 112 now")
                .contains(TestAssessment.KB.rules().headlines().get("emergency"))
                .contains("Because you said no to \u201c" + TestAssessment.question("/episode/fully_aware").text());
    }

    @Test
    void anEmergencyRedFlagEndsTheQuestionsAtOnce() throws Exception {
        QuestionnaireDriver d = driver().next("/episode/fully_aware", "yes").next("/symptoms/chest_pain", "yes");
        assertThat(d.onResult()).isTrue();
        assertThat(d.html()).contains("banner-emergency");
    }

    @Test
    void aNightCalfCrampWithNothingElseReachesSelfCareAfterTheSteps() throws Exception {
        QuestionnaireDriver d = driver().answerAll(Journeys.NIGHT_CALF_CRAMP);
        assertThat(d.onResult()).isTrue();
        assertThat(d.html()).contains("banner-self_care").doesNotContain("Call 112 now")
                .contains("href=\"/library/stretch_calf\"")
                .contains("What to do now").contains("Your prevention plan");
    }

    @Test
    void theResultExplainsFrequentCrampsInPlainWords() throws Exception {
        Map<String, String> answers = new java.util.HashMap<>(Journeys.NIGHT_CALF_CRAMP);
        answers.put("/history/episodes_per_week", "5");
        QuestionnaireDriver d = driver().answerAll(answers);
        assertThat(d.html()).contains("banner-doctor")
                .contains("you said 5 to \u201c" + TestAssessment.question("/history/episodes_per_week").text());
    }

    @Test
    void pregnancyIsNotAskedOfAMan() throws Exception {
        QuestionnaireDriver d = driver().next("/episode/fully_aware", "yes").next().next()
                .next("/person/age_years", "40", "/person/sex", "male");
        assertThat(d.asked()).contains("/history/episodes_per_week").doesNotContain("/person/pregnant");
    }

    @Test
    void backShowsThePreviousPageWithItsAnswers() throws Exception {
        QuestionnaireDriver d = driver().next("/episode/fully_aware", "yes").next().next()
                .next("/person/age_years", "40", "/person/sex", "male")
                .back();
        assertThat(d.asked()).contains("/person/age_years", "/person/sex");
        assertThat(d.html()).contains("value=\"40\"").containsPattern("value=\"male\"[^>]*checked");
    }

    @Test
    void nextAfterBackKeepsTheLaterAnswers() throws Exception {
        QuestionnaireDriver d = driver().next("/episode/fully_aware", "yes").next().next()
                .next("/person/age_years", "40", "/person/sex", "male")
                .next("/history/episodes_per_week", "4")
                .back().back()
                .next("/person/age_years", "41", "/person/sex", "male");
        assertThat(d.asked()).contains("/history/episodes_per_week");
        assertThat(d.html()).contains("value=\"4\"");
    }

    @Test
    void aBadAgeComesBackWithAMessageNextToTheField() throws Exception {
        QuestionnaireDriver d = driver().next("/episode/fully_aware", "yes").next().next()
                .next("/person/age_years", "200", "/person/sex", "male");
        int age = TestAssessment.question("/person/age_years").index();
        assertThat(d.status()).isEqualTo(400);
        assertThat(d.asked()).contains("/person/age_years");
        assertThat(d.html()).contains("Enter a number from 0 to 120.")
                .contains("id=\"q" + age + "-error\"")
                .contains("aria-describedby=\"q" + age + "-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"200\"")
                .contains("href=\"#q" + age + "\"");
    }

    @Test
    void aTamperedHiddenAnswerIs400WithAMessage() throws Exception {
        mvc.perform(post("/assessment").param("_trail", "0.1").param("/episode/pain", "99").param("_nav", "next"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("not valid")))
                .andExpect(content().string(containsString("tel:112")));
    }

    @Test
    void anUnknownFieldIs400() throws Exception {
        mvc.perform(post("/assessment").param("_trail", "0").param("/person/password", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("do not know")));
    }

    @Test
    void aTamperedTrailIs400() throws Exception {
        mvc.perform(post("/assessment").param("_trail", "0.0").param("_nav", "next"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/assessment").param("_nav", "next"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOversizedAnswerIs400() throws Exception {
        mvc.perform(post("/assessment").param("_trail", "0").param("/person/sex", "x".repeat(5000)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thePrintViewShowsTheSameResult() throws Exception {
        QuestionnaireDriver d = driver().next("/episode/fully_aware", "no").submit("print");
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.html()).contains("class=\"print-view\"").contains("banner-emergency").contains("Call 112 now");
    }

    @Test
    void answerThisOpensTheOpenQuestionAndLeadsBackToTheResult() throws Exception {
        Map<String, String> answers = new java.util.HashMap<>(Journeys.NIGHT_CALF_CRAMP);
        answers.remove("/history/disturbs_sleep");
        QuestionnaireDriver d = driver().answerAll(answers);
        assertThat(d.html()).contains("value=\"/history/disturbs_sleep\"");
        d.submit("/history/disturbs_sleep");
        assertThat(d.asked()).containsExactly("/history/disturbs_sleep");
        d.next("/history/disturbs_sleep", "yes");
        assertThat(d.onResult()).isTrue();
        assertThat(d.html()).contains("banner-doctor");
    }

    @Test
    void changeMyAnswersReturnsToTheLastPage() throws Exception {
        QuestionnaireDriver d = driver().next("/episode/fully_aware", "no").submit("edit");
        assertThat(d.asked()).containsExactly("/episode/fully_aware");
        assertThat(d.html()).containsPattern("value=\"no\"[^>]*checked");
    }
}
