package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crampcare.knowledge.Entry;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A person in pain, on a phone, gets to the steps for their muscle in two clicks from the home page. */
class FirstAidJourneyTest extends BrowserTest {

    private List<String> stepsOf(String entryId) {
        Entry entry = kb.entry(entryId).orElseThrow();
        return entry.steps().stream().map(BrowserTest::oneLine).toList();
    }

    private List<String> stepsOnScreen() {
        return browser.texts(By.cssSelector("main ol.steps > li")).stream().map(BrowserTest::oneLine).toList();
    }

    @Test
    void theCalfStepsAreTwoClicksFromTheHomePage() {
        browser.open("/");

        browser.clickToNextPage(By.linkText("I have a cramp now"));
        browser.clickToNextPage(By.cssSelector("main a[href='/first-aid/calf']"));

        assertThat(browser.path()).isEqualTo("/first-aid/calf");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(kb.entry("first_aid_calf").orElseThrow().title());
        assertThat(stepsOnScreen()).isNotEmpty().containsExactlyElementsOf(stepsOf("first_aid_calf"));
        assertEmergencyNumberAndDisclaimer();
        assertNoHorizontalScrolling();
    }

    @Test
    void theFirstQuestionOnTheWayInTellsACrampFromASeizure() {
        browser.open("/").clickToNextPage(By.linkText("I have a cramp now"));

        assertThat(browser.find(By.cssSelector("main h2")).getText()).isEqualTo("Is the person fully awake and aware?");
    }

    @Test
    void notAwareLeadsToTheSeizurePageThatCallsTheEmergencyNumber() {
        browser.open("/").clickToNextPage(By.linkText("I have a cramp now"));

        browser.clickToNextPage(By.cssSelector(".answer-no a"));

        assertThat(browser.path()).isEqualTo("/first-aid/seizure");
        assertThat(stepsOnScreen()).containsExactlyElementsOf(stepsOf("first_aid_seizure"));
        var call = browser.find(By.cssSelector("main a.button-danger[href='tel:" + EMERGENCY_NUMBER + "']"));
        assertThat(call.getText()).contains("Call").contains(EMERGENCY_NUMBER);
        assertThat(call.isDisplayed()).isTrue();
        // the call comes before the steps
        assertThat(call.getLocation().getY())
                .isLessThan(browser.find(By.cssSelector("main ol.steps")).getLocation().getY());
    }
}
