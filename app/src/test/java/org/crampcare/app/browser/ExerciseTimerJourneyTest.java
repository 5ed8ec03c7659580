package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The guided timer of the bedtime stretches (JavaScript on): it counts down, says what comes next, pauses and stops.
 * The waits are short: the test never waits for a whole hold, let alone the routine.
 */
class ExerciseTimerJourneyTest extends BrowserTest {
    private static final By DIGITS = By.id("timer-digits");
    private static final By START = By.id("timer-start");
    private static final By PAUSE = By.id("timer-pause");
    private static final By STOP = By.id("timer-stop");
    private static final By NOW = By.id("timer-now");
    private static final By NEXT = By.id("timer-next");

    private String routineClock;

    @BeforeEach
    void openTheExercises() {
        browser.open("/exercises");
        browser.waitUntil(d -> d.findElement(By.id("timer")).isDisplayed());
        routineClock = text(DIGITS);
    }

    private String text(By by) {
        return browser.find(by).getText().strip();
    }

    /** "1:05" as 65 seconds. */
    private static int seconds(String clock) {
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    private int shownSeconds() {
        return seconds(text(DIGITS));
    }

    private void start() {
        browser.find(START).click();
        browser.waitUntil(d -> !d.findElement(NOW).getText().isBlank() && d.findElement(PAUSE).isEnabled());
    }

    @Test
    void withoutPressingStartTheTimerShowsTheWholeRoutinesLengthAndWhatComesFirst() {
        assertThat(seconds(routineClock)).isPositive();
        assertThat(text(NEXT)).startsWith("Next:");
        assertThat(browser.find(PAUSE).isEnabled()).isFalse();
    }

    @Test
    void startCountsDownAndSaysWhatIsNext() {
        WebElement firstExercise = browser.find(By.cssSelector(".routine > li[data-title]"));
        String title = firstExercise.getDomAttribute("data-title");

        start();
        int atStart = shownSeconds();

        assertThat(text(NOW)).contains(title);
        assertThat(atStart).isPositive().isLessThan(seconds(routineClock));
        browser.waitUntil(d -> shownSeconds() < atStart, Duration.ofSeconds(3));
        assertThat(text(NEXT)).startsWith("Next:").contains("hold");
        assertThat(firstExercise.getDomAttribute("aria-current")).isEqualTo("step");
    }

    @Test
    void pauseStopsTheCountdownAndResumeGoesOn() throws InterruptedException {
        start();
        browser.find(PAUSE).click();
        String paused = text(DIGITS);

        Thread.sleep(1_300);

        assertThat(text(DIGITS)).isEqualTo(paused);
        assertThat(text(PAUSE)).isEqualTo("Resume");
        browser.find(PAUSE).click();
        browser.waitUntil(d -> shownSeconds() < seconds(paused), Duration.ofSeconds(3));
    }

    @Test
    void stopResetsTheTimer() {
        start();
        browser.waitUntil(d -> !text(DIGITS).equals(routineClock));

        browser.find(STOP).click();

        assertThat(text(DIGITS)).isEqualTo(routineClock);
        assertThat(text(NOW)).isEqualTo("Stopped.");
        assertThat(browser.find(START).isEnabled()).isTrue();
        assertThat(browser.find(PAUSE).isEnabled()).isFalse();
        assertThat(browser.find(STOP).isEnabled()).isFalse();
        assertThat(browser.findAll(By.cssSelector(".routine > li[aria-current]"))).isEmpty();
    }
}
