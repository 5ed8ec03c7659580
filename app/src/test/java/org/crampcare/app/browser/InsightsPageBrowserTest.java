package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.diary.Changes;
import org.crampcare.app.diary.CheckIns;
import org.crampcare.app.diary.Episodes;
import org.crampcare.app.insight.Seeded;
import org.crampcare.diary.RedFlag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The insights page of a person who signed up in the browser, with a seeded diary (weekly cramps, a change five weeks
 * ago, a warning sign), at a phone's width: no sideways scrolling, no axe violation, the emergency number and the
 * disclaimer; then "Check my cramps with my diary". Saves the page as {@code insights.png} in the temporary folder.
 */
class InsightsPageBrowserTest extends BrowserTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Episodes episodes;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Changes changes;

    AccountId signUpAndSignIn() {
        String email = "insights-" + UUID.randomUUID() + "@example.test";
        String password = "a long enough pass phrase " + UUID.randomUUID();
        browser.open("/signup");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(password);
        browser.find(By.id("time_zone")).clear();
        browser.find(By.id("time_zone")).sendKeys(Seeded.ZONE.getId());
        browser.clickToNextPage(By.cssSelector("main form button[type=submit]"));
        browser.open("/login");
        browser.find(By.id("username")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(password);
        browser.clickToNextPage(By.cssSelector("main form button[type=submit]"));
        return new AccountId(jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single());
    }

    void save(String name) throws IOException {
        Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), name),
                Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Test
    void theInsightsPageFitsAPhoneAndPassesAxeAndItsCheckGivesTheDoctorLevel() throws IOException {
        AccountId me = signUpAndSignIn();
        Seeded seeded = new Seeded(jdbc, episodes, checkIns, changes);
        seeded.selfCareNotImproving(me);
        seeded.cramp(me, Seeded.today().minusDays(1), 7, Set.of(RedFlag.CALF_SWELLING_ONE_SIDE), "");
        seeded.checkIn(me, Seeded.today().minusDays(3), "");

        browser.open("/diary/insights");
        assertThat(browser.title()).contains("What my diary shows");
        save("insights.png");
        assertEmergencyNumberAndDisclaimer();
        assertNoHorizontalScrolling();
        Axe.loadWithEveryPage(browser.driver());
        browser.open("/diary/insights");
        assertThat(Axe.audit(browser.driver(), "insights").violations()).isEmpty();

        browser.clickToNextPage(By.cssSelector(".check-diary button"));
        assertThat(browser.path()).startsWith("/diary/insights/check");
        assertThat(browser.has(By.cssSelector("#assessment.banner-doctor"))).isTrue();
        save("insights-check.png");
        assertNoHorizontalScrolling();
        assertThat(Axe.audit(browser.driver(), "insights check").violations()).isEmpty();
    }
}
