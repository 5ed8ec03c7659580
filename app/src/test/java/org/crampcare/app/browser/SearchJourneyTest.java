package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The library search as a person uses it: their own words, typos, highlighted matches, a click to the entry. */
class SearchJourneyTest extends BrowserTest {
    private static final By RESULT_LINKS = By.cssSelector("ol.results > li h2 a");
    private static final By MARKS = By.cssSelector("ol.results .snippet mark");

    /** Types the words into the library's search box and presses Enter. */
    private void searchFor(String words) {
        browser.open("/library");
        WebElement box = browser.find(By.id("q"));
        box.sendKeys(words);
        browser.toNextPage(() -> box.sendKeys(Keys.ENTER));
    }

    private List<String> resultAddresses() {
        return browser.findAll(RESULT_LINKS).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    @Test
    void charleyHorseFindsHighlightedResultsAndTheFirstOpensAnEntryWithItsEvidenceAndSources() {
        searchFor("charley horse");

        assertThat(browser.path()).isEqualTo("/library/search?q=charley+horse");
        assertThat(resultAddresses()).isNotEmpty();
        assertThat(resultAddresses().subList(0, Math.min(3, resultAddresses().size())))
                .contains("/library/what_is_a_cramp");
        assertThat(browser.texts(MARKS)).isNotEmpty().allSatisfy(m -> assertThat(m).isNotBlank());

        WebElement first = browser.find(RESULT_LINKS);
        String title = first.getText();
        browser.clickToNextPage(first);

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.find(By.cssSelector(".evidence .grade")).getText()).isNotBlank();
        assertThat(browser.findAll(By.cssSelector(".evidence .sources > li"))).isNotEmpty();
        assertEmergencyNumberAndDisclaimer();
    }

    @Test
    void aTypoStillFindsTheEntryWithTheCorrectWordHighlighted() {
        searchFor("magnesuim");

        assertThat(resultAddresses()).contains("/library/magnesium");
        assertThat(browser.texts(MARKS)).anySatisfy(m -> assertThat(m).containsIgnoringCase("magnesium"));
    }

    @Test
    void convulsionLeadsToTheSeizurePages() {
        searchFor("convulsion");

        assertThat(resultAddresses().subList(0, Math.min(3, resultAddresses().size())))
                .anySatisfy(href -> assertThat(href).contains("seizure"));
    }

    @Test
    void theSearchBoxKeepsTheWordsSearchedFor() {
        searchFor("night cramps");

        assertThat(browser.find(By.id("q")).getDomProperty("value")).isEqualTo("night cramps");
        assertThat(browser.find(By.cssSelector(".result-count")).getText()).contains("night cramps");
    }
}
