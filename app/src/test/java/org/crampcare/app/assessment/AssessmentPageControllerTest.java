package org.crampcare.app.assessment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crampcare.assessment.AssessmentEngine;
import org.crampcare.assessment.RequestReader;
import org.crampcare.rules.Level;
import org.crampcare.rules.Question;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest(controllers = AssessmentPageController.class)
@Import(AssessmentSlice.class)
class AssessmentPageControllerTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AssessmentEngine ENGINE = new AssessmentEngine(TestAssessment.KB);
    private static final RequestReader READER = new RequestReader();

    @Autowired
    MockMvc mvc;

    private QuestionnaireDriver driver() throws Exception {
        return new QuestionnaireDriver(mvc).start("self");
    }

    @Test
    void theFirstQuestionIsWhoItIsFor() throws Exception {
        mvc.perform(get("/assessment"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Who are you asking about?")))
                .andExpect(content().string(containsString("tel:112")))
                .andExpect(content().string(not(containsString("<script>"))))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
    }

    @Test
    void thenTheQuestionThatTellsACrampFromASeizureAlone() throws Exception {
        QuestionnaireDriver d = driver();
        assertThat(d.fields()).containsExactly("/episode/fully_aware");
        Question q = TestAssessment.KB.rules().questions().stream().filter(x -> x.field().equals("/episode/fully_aware"))
                .findFirst().orElseThrow();
        assertThat(d.html()).contains(q.text(Question.Audience.YOU)).doesNotContain(q.text());
        assertThat(new QuestionnaireDriver(mvc).start("child").html()).contains(q.text(Question.Audience.CHILD));
    }

    @Test
    void everyAnswerIsAPostThenARedirectSoBackAndReloadNeverResubmit() throws Exception {
        var first = mvc.perform(post("/assessment").with(csrf()).param("_who", "self")).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(302);
        String page = first.getRedirectedUrl();
        assertThat(page).startsWith("/assessment?a=");
        var html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
        String action = html.replaceAll("(?s).*<form class=\"question-form\" method=\"post\" action=\"([^\"]*)\".*", "$1");
        mvc.perform(post(org.springframework.web.util.HtmlUtils.htmlUnescape(action)).with(csrf())
                        .param("_fields", "/episode/fully_aware").param("/episode/fully_aware", "yes"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", startsWith("/assessment?a=")));
    }

    @Test
    void notFullyAwareShowsTheCallAtOnceAndAnEmergencyResultAfterOneQuestion() throws Exception {
        QuestionnaireDriver d = driver().submit(Map.of("/episode/fully_aware", "no"));
        assertThat(d.html()).contains("This may be an emergency").contains("Call 112 now");
        assertThat(d.fields()).containsExactly("/conditions");
        d.submit(Map.of("/conditions", "_none"));
        assertThat(d.onResult()).isTrue();
        assertThat(d.url()).startsWith("/assessment/result?a=");
        assertThat(d.html()).contains("banner-emergency").contains("href=\"tel:112\"").contains("Call 112 now")
                .contains(TestAssessment.KB.rules().headlines().get(Level.EMERGENCY))
                .contains("While you wait for help")
                .doesNotContain("id=\"causes\"").doesNotContain("id=\"prevention\"")
                .contains("Because you said no to \u201c");
    }

    @Test
    void anEmergencySignTickedInAChecklistShowsTheCallAtOnce() throws Exception {
        QuestionnaireDriver d = driver().submit(Map.of("/episode/fully_aware", "yes"));
        String checklist = d.asked().iterator().next();
        assertThat(checklist).startsWith(PageForm.GROUP);
        d.submit(Map.of(checklist, d.options(checklist).get(0)));
        assertThat(d.html()).contains("This may be an emergency").contains("Call 112 now");
        d.submit(Map.of("/conditions", "unsure"));
        assertThat(d.onResult()).isTrue();
        assertThat(d.level()).isEqualTo("emergency");
    }

    @Test
    void aWarningSignLeftUnansweredComesBackWithAnErrorSummary() throws Exception {
        QuestionnaireDriver d = driver().submit(Map.of());
        assertThat(d.status()).isEqualTo(400);
        assertThat(d.html()).contains("id=\"error-summary\"").contains("There is a problem")
                .contains("href=\"#q0-0\"").contains("Choose yes, no or not sure");
    }

    @Test
    void notSureToEverythingNeverEndsInYouCanManageThisAtHome() throws Exception {
        QuestionnaireDriver d = driver().answerAll(QuestionnaireDriver.from(Map.of()));
        assertThat(d.onResult()).isTrue();
        assertThat(d.level()).isEqualTo("self_care");
        assertThat(d.html()).doesNotContain(TestAssessment.KB.rules().headlines().get(Level.SELF_CARE))
                .contains("What we could not rule out").contains("Chest pain")
                .contains("id=\"get-help\"").contains("Call 112 now if there is");
    }

    @Test
    void aSwollenCalfStopsAtAnUrgentResultThatLeadsWithTheClot() throws Exception {
        QuestionnaireDriver d = driver();
        Map<String, String> answers = new LinkedHashMap<>(Map.of("/episode/fully_aware", "yes", "/symptoms", "none",
                "/symptoms/calf_swelling_one_side", "yes"));
        d.answerAll(QuestionnaireDriver.from(answers));
        assertThat(d.level()).isEqualTo("urgent");
        String html = d.html();
        assertThat(html.indexOf("id=\"why\"")).isLessThan(html.indexOf("id=\"first-aid\""));
        assertThat(html).doesNotContain("/library/massage\"").doesNotContain("/library/stand_and_walk\"")
                .doesNotContain("/library/warmth\"");
        assertThat(html.indexOf("/library/deep_vein_thrombosis")).isGreaterThan(0);
        assertThat(d.answered()).isLessThan(15);
    }

    @Test
    void aNightCalfCrampWithNothingElseIsSelfCareWithGetHelpIfAndWhatToTellTheDoctor() throws Exception {
        QuestionnaireDriver d = driver().answerAll(QuestionnaireDriver.from(Journeys.NIGHT_CALF_CRAMP));
        assertThat(d.onResult()).isTrue();
        assertThat(d.level()).isEqualTo("self_care");
        assertThat(d.html()).contains(TestAssessment.KB.rules().headlines().get(Level.SELF_CARE))
                .contains("id=\"get-help\"").contains("chest pain or difficulty breathing")
                .contains("id=\"tell-doctor\"").contains("45");
    }

    @Test
    void pregnancyIsNotAskedOfAMan() throws Exception {
        Map<String, String> man = new LinkedHashMap<>(Journeys.NIGHT_CALF_CRAMP);
        man.put("/person/sex", "male");
        QuestionnaireDriver d = driver();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 40 && !d.onResult(); i++) {
            seen.addAll(d.fields());
            d.submit(QuestionnaireDriver.from(man).apply(d));
        }
        assertThat(seen).contains("/person/sex").doesNotContain("/person/pregnant", "/person/pregnancy_week");
    }

    @Test
    void theResultLinkShowsTheSameResultAgainAndThePrintViewHasTheDateAndAnswers() throws Exception {
        QuestionnaireDriver d = driver().answerAll(QuestionnaireDriver.from(Journeys.NIGHT_CALF_CRAMP));
        String link = d.url();
        String again = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
        assertThat(again).isEqualTo(d.html());
        String print = mvc.perform(get(link.replace("/assessment/result", "/assessment/print"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(print).contains("Assessment of ").contains("What to tell the doctor").contains("45");
    }

    @Test
    void checkYourAnswersChangesOneAnswerInPlace() throws Exception {
        QuestionnaireDriver d = driver().answerAll(QuestionnaireDriver.from(Journeys.NIGHT_CALF_CRAMP));
        String check = d.url().replace("/assessment/result", "/assessment/check");
        d.get(check);
        assertThat(d.html()).contains("Check your answers").contains("Change");
        String change = d.html().replaceAll("(?s).*?href=\"(/assessment/change\\?[^\"]*q=q0)\".*", "$1");
        d.get(org.springframework.web.util.HtmlUtils.htmlUnescape(change));
        assertThat(d.fields()).containsExactly("/episode/fully_aware");
        d.submit(Map.of("/episode/fully_aware", "no"));
        assertThat(d.url()).startsWith("/assessment/check");
        d.get(d.url().replace("/assessment/check", "/assessment/result"));
        assertThat(d.level()).isEqualTo("emergency");
    }

    @Test
    void aTamperedLinkIs400WithAMessage() throws Exception {
        mvc.perform(get("/assessment").param("a", "not-a-token!"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please start again")));
        mvc.perform(get("/assessment/result").param("a", "x".repeat(7000)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aBadAgeComesBackWithAMessageNextToTheField() throws Exception {
        QuestionnaireDriver d = driver();
        for (int i = 0; i < 30 && !d.fields().contains("/person/age_years"); i++) {
            d.submit(QuestionnaireDriver.from(Journeys.NIGHT_CALF_CRAMP).apply(d));
        }
        Map<String, String> answers = QuestionnaireDriver.from(Journeys.NIGHT_CALF_CRAMP).apply(d);
        answers.put("/person/age_years", "200");
        d.submit(answers);
        assertThat(d.status()).isEqualTo(400);
        assertThat(d.html()).contains("Enter a number from 0 to 120.").contains("value=\"200\"");
    }

    /**
     * Every public vignette replayed through the web questionnaire (answers from its request, "not sure" where it is
     * silent) reaches the level of the API, in few questions.
     */
    @Test
    void everyPublicVignetteReachesTheLevelOfTheApiInFewQuestions() throws Exception {
        JsonNode vignettes;
        vignettes = JSON.readTree(java.nio.file.Path.of("../core/src/test/resources/vignettes/public.json").toFile());
        List<Integer> counts = new ArrayList<>();
        for (JsonNode v : vignettes) {
            JsonNode request = v.get("request");
            QuestionnaireDriver d = new QuestionnaireDriver(mvc)
                    .start(request.path("person").path("age_years").asDouble(30) < 16 ? "child" : "self");
            d.answerAll(QuestionnaireDriver.from(FormAnswers.of(request, TestAssessment.QUESTIONNAIRE)));
            String api = ENGINE.assess(READER.validate(request)).triage().level().id();
            assertThat(d.level()).as("%s", v.get("id").asString()).isEqualTo(api);
            counts.add(d.answered());
        }
        Collections.sort(counts);
        int median = counts.get(counts.size() / 2);
        System.out.println("web questionnaire: questions answered per public vignette " + counts + ", median " + median
                + ", most " + counts.get(counts.size() - 1));
        assertThat(median).isLessThanOrEqualTo(15);
        assertThat(counts.get(counts.size() - 1)).isLessThanOrEqualTo(30);
    }
}
