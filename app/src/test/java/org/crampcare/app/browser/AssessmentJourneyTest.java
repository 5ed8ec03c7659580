package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crampcare.app.assessment.Journeys;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The symptom check in a real browser: to an emergency, to self-care, with the mouse and with the keyboard alone. */
class AssessmentJourneyTest extends BrowserTest {
    private Questionnaire questionnaire() {
        return new Questionnaire(browser).start();
    }

    private WebElement callButton() {
        return browser.find(By.cssSelector(".result-banner a[href='tel:" + EMERGENCY_NUMBER + "']"));
    }

    @Test
    void notFullyAwareEndsAtOnceInAnEmergencyWithTheNumberToCall() {
        Questionnaire q = questionnaire();

        q.answer("/episode/fully_aware", "no").next();

        assertThat(q.onResult()).isTrue();
        assertThat(q.level()).isEqualTo("emergency");
        assertThat(browser.find(By.cssSelector(".result-banner .headline")).getText())
                .isEqualTo(oneLine(kb.rules().headlines().get("emergency")));
        assertThat(callButton().getText()).isEqualTo("Call " + EMERGENCY_NUMBER + " now");
        assertThat(callButton().isDisplayed()).isTrue();
        assertThat(browser.find(By.cssSelector(".because")).getText()).startsWith("Because you said no to");
    }

    @Test
    void aRedFlagSymptomEndsInAnEmergencyWithTheNumberToCall() {
        Questionnaire q = questionnaire();

        q.answer("/episode/fully_aware", "yes").next();
        q.answer("/symptoms/chest_pain", "yes").next();

        assertThat(q.level()).isEqualTo("emergency");
        assertThat(callButton().getText()).isEqualTo("Call " + EMERGENCY_NUMBER + " now");
    }

    @Test
    void aNightCalfCrampWithNothingElseEndsInSelfCareWithFirstAidCausesAndPrevention() {
        Questionnaire q = questionnaire();

        q.answerAll(Journeys.NIGHT_CALF_CRAMP);

        assertThat(q.level()).isEqualTo("self_care");
        assertThat(browser.find(By.cssSelector(".result-banner .headline")).getText())
                .isEqualTo(oneLine(kb.rules().headlines().get("self_care")));
        assertThat(browser.has(By.cssSelector(".result-banner a[href^='tel:']"))).as("a call button").isFalse();
        assertThat(browser.find(By.id("first-aid")).getText()).isEqualTo("What to do now");
        assertThat(browser.findAll(By.cssSelector(".advice-steps > li"))).isNotEmpty();
        assertThat(browser.find(By.id("causes")).getText()).isEqualTo("Likely causes");
        assertThat(browser.findAll(By.cssSelector("[aria-labelledby='causes'] .item"))).isNotEmpty();
        assertThat(browser.find(By.id("prevention")).getText()).isEqualTo("Your prevention plan");
        assertThat(browser.findAll(By.cssSelector("[aria-labelledby='prevention'] .item"))).isNotEmpty();
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
    void backShowsThePreviousStepWithItsAnswersStillChosen() {
        Questionnaire q = questionnaire();
        q.answer("/episode/fully_aware", "yes").next();
        q.answer("/symptoms/chest_pain", "no").answer("/symptoms/palpitations", "yes").next();
        List<String> episode = q.asked();

        q.back();

        assertThat(q.asked()).contains("/symptoms/chest_pain");
        assertThat(browser.find(By.cssSelector("input[name='/symptoms/chest_pain'][value='no']")).isSelected()).isTrue();
        assertThat(browser.find(By.cssSelector("input[name='/symptoms/palpitations'][value='yes']")).isSelected()).isTrue();
        assertThat(browser.findAll(By.cssSelector("input[name='/symptoms/fainting']:checked"))).as("not answered").isEmpty();
        q.back();
        assertThat(browser.find(By.cssSelector("input[name='/episode/fully_aware'][value='yes']")).isSelected()).isTrue();
        q.next().next();
        assertThat(q.asked()).isEqualTo(episode);
    }
}
