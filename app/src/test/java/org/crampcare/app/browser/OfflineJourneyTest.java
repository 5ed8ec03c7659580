package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * After one visit the first-aid pages open with the network off, from the service worker's copy, and say so. The
 * network is really off: the connection to the server is cut (see {@link SwitchableNetwork}), and Chrome is told it
 * is offline too.
 */
class OfflineJourneyTest extends BrowserTest {
    private SwitchableNetwork network;

    @BeforeEach
    void browseThroughASwitchableNetwork() {
        network = new SwitchableNetwork(port);
        browser.on("http://localhost:" + network.port());
    }

    @AfterEach
    void switchTheNetworkBackOn() {
        try {
            chromeOffline(false);
            network.on();
        } finally {
            network.close();
        }
    }

    private void chromeOffline(boolean offline) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline,
                "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private void networkOff() {
        network.off();
        chromeOffline(true);
    }

    /** Visits the first-aid choice page once and waits until the service worker has stored the pages and controls it. */
    private void visitFirstAidOnce() {
        browser.open("/first-aid");
        try {
            waitForServiceWorker();
        } catch (TimeoutException notYet) {
            browser.driver().navigate().refresh();
            waitForServiceWorker();
        }
    }

    private void waitForServiceWorker() {
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.js("return navigator.serviceWorker.controller !== null;")),
                Duration.ofSeconds(10));
    }

    private void assertOpensOfflineWithItsSteps(String path, String entryId) {
        browser.open(path);
        assertThat(browser.path()).isEqualTo(path);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(kb.entry(entryId).orElseThrow().title());
        assertThat(browser.texts(By.cssSelector("main ol.steps > li")).stream().map(BrowserTest::oneLine))
                .isNotEmpty()
                .containsExactlyElementsOf(kb.entry(entryId).orElseThrow().steps().stream().map(BrowserTest::oneLine).toList());
        WebElement note = browser.waitUntil(d -> {
            WebElement n = d.findElement(By.id("offline-note"));
            return n.isDisplayed() ? n : null;
        });
        assertThat(note.getText()).startsWith("Saved on this device");
        assertEmergencyNumberAndDisclaimer();
    }

    @Test
    void afterOneVisitTheCalfAndNightPagesOpenWithTheNetworkOffAndSaySo() {
        visitFirstAidOnce();

        networkOff();

        assertOpensOfflineWithItsSteps("/first-aid/calf", "first_aid_calf");
        assertOpensOfflineWithItsSteps("/first-aid/night", "first_aid_night");
        assertOpensOfflineWithItsSteps("/first-aid/seizure", "first_aid_seizure");
    }

    @Test
    void withTheNetworkOffAPageThatWasNotSavedSaysYouAreOfflineAndLeadsToFirstAid() {
        visitFirstAidOnce();

        networkOff();
        browser.open("/library");

        assertThat(browser.path()).as("the address stays the one asked for").isEqualTo("/library");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("You are offline");
        assertThat(browser.find(By.cssSelector("main a[href='/first-aid']")).isDisplayed()).isTrue();
        assertThat(browser.find(By.cssSelector("main a[href='/first-aid/calf']")).isDisplayed()).isTrue();
        assertEmergencyNumberAndDisclaimer();

        browser.clickToNextPage(By.cssSelector("main a[href='/first-aid/calf']"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(kb.entry("first_aid_calf").orElseThrow().title());
    }

    @Test
    void withTheNetworkBackOnPagesComeFromTheServerAgain() {
        visitFirstAidOnce();
        networkOff();
        browser.open("/library");

        network.on();
        chromeOffline(false);
        browser.open("/library");

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Library");
    }
}
