package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crampcare.app.assessment.Journeys;
import org.crampcare.rules.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The symptom check in a real browser: to an emergency, to self-care, with the mouse and with the keyboard alone;
 * pressing Continue with nothing answered; stopping early; the browser's Back button.
 */
class AssessmentJourneyTest extends BrowserTest {
    private Questionnaire questionnaire() {
        return new Questionnaire(browser).start();
    }

    private WebElement callButton() {
        return browser.find(By.cssSelector(".result-banner a[href='tel:" + EMERGENCY_NUMBER + "']"));
    }

    @Test
    void notFullyAwareShowsTheCallAtOnceThenAnEmergencyResult() {
        Questionnaire q = questionnaire();

        q.answer("/episode/fully_aware", "no").next();

        assertThat(callButton().getText()).isEqualTo("Call " + EMERGENCY_NUMBER + " now");
        assertThat(callButton().isDisplayed()).isTrue();
        q.answer(Map.of()).next();
        assertThat(q.onResult()).isTrue();
        assertThat(q.level()).isEqualTo("emergency");
        assertThat(browser.find(By.cssSelector(".result-banner .headline")).getText())
                .isEqualTo(oneLine(kb.rules().headlines().get(Level.EMERGENCY)));
        assertThat(callButton().isDisplayed()).isTrue();
        assertThat(browser.find(By.id("first-aid")).getText()).isEqualTo("While you wait for help");
        assertThat(browser.has(By.id("causes"))).as("causes on an emergency").isFalse();
    }

    @Test
    void chestPainTickedEndsInAnEmergencyWithTheNumberToCall() {
        Questionnaire q = questionnaire();

        q.answer("/episode/fully_aware", "yes").next();
        q.answer(Map.of("/symptoms", "none")).next();
        q.answer("_g_breathing_and_chest", "/symptoms/chest_pain").next();

        assertThat(q.level()).isEqualTo("emergency");
        assertThat(callButton().getText()).isEqualTo("Call " + EMERGENCY_NUMBER + " now");
    }

    @Test
    void continueWithNothingAnsweredAsksForAnAnswerAndNotSureToEverythingIsNeverReassuring() {
        Questionnaire q = questionnaire();

        q.next();

        assertThat(browser.has(By.id("error-summary"))).isTrue();
        assertThat(browser.find(By.id("error-summary")).getText()).contains("Choose yes, no or not sure");
        q.answerAll(Map.of());
        assertThat(q.level()).isEqualTo("self_care");
        assertThat(browser.find(By.cssSelector(".result-banner .headline")).getText())
                .isNotEqualTo(oneLine(kb.rules().headlines().get(Level.SELF_CARE)));
        assertThat(browser.find(By.id("not-ruled-out")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("get-help")).isDisplayed()).isTrue();
    }

    @Test
    void aSwollenCalfStopsEarlyAtAnUrgentResult() {
        Questionnaire q = questionnaire();
        Map<String, String> answers = new HashMap<>(Map.of("/symptoms", "none", "/episode/fully_aware", "yes",
                "/symptoms/calf_swelling_one_side", "yes"));
        int pages = 0;
        for (; pages < 12 && !q.onResult(); pages++) {
            q.answer(answers).next();
        }
        assertThat(q.level()).isEqualTo("urgent");
        assertThat(pages).isLessThanOrEqualTo(5);
        assertThat(browser.has(By.cssSelector("a[href='/library/massage']"))).as("massage advised").isFalse();
    }

    @Test
    void aNightCalfCrampWithNothingElseEndsInSelfCareWithFirstAidAndWhatToDoNext() {
        Questionnaire q = questionnaire();

        q.answerAll(Journeys.NIGHT_CALF_CRAMP);

        assertThat(q.level()).isEqualTo("self_care");
        assertThat(browser.find(By.cssSelector(".result-banner .headline")).getText())
                .isEqualTo(oneLine(kb.rules().headlines().get(Level.SELF_CARE)));
        assertThat(browser.has(By.cssSelector(".result-banner a[href^='tel:']"))).as("a call button").isFalse();
        assertThat(browser.find(By.id("first-aid")).getText()).isEqualTo("What to do now");
        assertThat(browser.findAll(By.cssSelector(".advice-steps > li"))).isNotEmpty();
        assertThat(browser.find(By.id("get-help")).getText()).isEqualTo("Get help if");
        assertThat(browser.find(By.id("tell-doctor")).getText()).isEqualTo("What to tell the doctor");
        assertEmergencyNumberAndDisclaimer();
        assertNoHorizontalScrolling();
    }

    @Test
    void theWholeAssessmentCanBeCompletedWithTheKeyboardAloneWithTheFocusAlwaysVisible() {
        Questionnaire q = questionnaire();
        List<String> invisibleFocus = new ArrayList<>();

        q.answerAllWithKeyboard(Journeys.NIGHT_CALF_CRAMP, invisibleFocus);

        assertThat(q.level()).isEqualTo("self_care");
        assertThat(invisibleFocus).as("elements whose focus cannot be seen").isEmpty();
    }

    @Test
    void theBrowsersBackButtonShowsThePreviousQuestionWithoutResubmitting() {
        Questionnaire q = questionnaire();
        q.answer("/episode/fully_aware", "yes").next();
        String second = browser.path();
        List<String> secondAsks = q.asked();
        q.answer(Map.of("/symptoms", "none")).next();

        browser.historyBack();

        assertThat(browser.path()).isEqualTo(second);
        assertThat(q.asked()).isEqualTo(secondAsks);
        browser.historyBack();
        assertThat(q.asked()).containsExactly("/episode/fully_aware");
        browser.find(By.tagName("body"));
        browser.open(browser.path());
        assertThat(q.asked()).containsExactly("/episode/fully_aware");
    }
}
