package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.crampcare.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a real server, visited by a real Chromium at a phone's width (360 pixels). One browser is
 * shared by all the tests of a class (it takes a second to start); the application is shared by every browser test
 * class. The emergency number is set to one that is nowhere in the templates, so the pages must take it from the
 * settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "crampcare.emergency-number=" + BrowserTest.EMERGENCY_NUMBER)
@RequiresChromium
abstract class BrowserTest {
    static final String EMERGENCY_NUMBER = "999";

    private static Browser shared;

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeBase kb;

    Browser browser;

    @BeforeAll
    static void startBrowser() {
        shared = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (shared != null) {
            shared.quit();
            shared = null;
        }
    }

    @BeforeEach
    void pointBrowserAtTheApplication() {
        browser = shared.on("http://localhost:" + port);
    }

    /** What every page shows: the emergency number as a link that calls it, and the disclaimer. */
    void assertEmergencyNumberAndDisclaimer() {
        assertThat(browser.findAll(By.cssSelector("a[href='tel:" + EMERGENCY_NUMBER + "']")))
                .as("a tel:%s link on %s", EMERGENCY_NUMBER, browser.path())
                .isNotEmpty()
                .anySatisfy(a -> assertThat(a.isDisplayed()).isTrue());
        assertThat(oneLine(browser.find(By.cssSelector(".disclaimer")).getText()))
                .as("the disclaimer on %s", browser.path())
                .isEqualTo(oneLine(kb.rules().disclaimer()));
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The page fits a 360-pixel-wide phone: nothing makes it scroll sideways. */
    void assertNoHorizontalScrolling() {
        assertThat(browser.innerWidth()).as("window width").isEqualTo(Chromium.PHONE_WIDTH);
        assertThat(browser.horizontalOverflow())
                .as("horizontal scrolling on %s at %d px; too wide: %s", browser.path(), Chromium.PHONE_WIDTH,
                        browser.widestElements())
                .isLessThanOrEqualTo(0);
    }
}
