package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The checks the browser tests rely on do find what they look for, so that a pass means something: axe-core is
 * injected and reports, sideways scrolling is measured, an invisible focus is noticed.
 */
class AuditSelfCheckTest extends BrowserTest {

    @Test
    void pagesAreLaidOutForAPhone360PixelsWide() {
        browser.open("/");

        assertThat(browser.innerWidth()).isEqualTo(Chromium.PHONE_WIDTH);
        assertThat(browser.js("return document.documentElement.clientWidth;")).isEqualTo(360L);
        assertThat(browser.js("return matchMedia('(max-width: 360px)').matches;")).isEqualTo(true);
    }

    @Test
    void axeReportsAnImageWithoutText() {
        browser.open("/library");
        browser.js("""
                const img = document.createElement('img');
                img.src = '/icon.svg';
                document.querySelector('main').appendChild(img);
                """);

        assertThat(Axe.violations(browser.driver())).anySatisfy(v -> assertThat(v).startsWith("image-alt (critical)"));
    }

    @Test
    void anElementWiderThanThePhoneMakesThePageScrollSideways() {
        browser.open("/library");
        assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);

        browser.js("""
                const wide = document.createElement('pre');
                wide.textContent = 'x'.repeat(200);
                document.querySelector('main').appendChild(wide);
                """);

        assertThat(browser.horizontalOverflow()).isPositive();
        assertThat(browser.widestElements()).contains("pre");
    }

    @Test
    void aTinyButtonAndALinkThatHidesItsFocusAreReported() {
        browser.open("/library");
        assertThat(browser.focusAndTargetProblems()).isEmpty();

        browser.js("""
                const tiny = document.createElement('button');
                tiny.textContent = 'x';
                tiny.style.padding = '0';
                tiny.style.minHeight = '0';
                document.querySelector('main').appendChild(tiny);
                document.querySelector('.brand').style.outline = 'none';
                """);

        assertThat(browser.focusAndTargetProblems())
                .anySatisfy(p -> assertThat(p).startsWith("target smaller than 44x44 px: button \"x\""))
                .anySatisfy(p -> assertThat(p).startsWith("focus not visible on a \"CrampCare\""));
    }

    @Test
    void aFocusWithoutOutlineOrShadowIsNoticed() {
        browser.open("/");
        browser.press(Keys.TAB);
        assertThat(browser.focusIsVisible()).as("the skip link, focused: %s", browser.describeFocus()).isTrue();

        browser.js("document.activeElement.style.outline = 'none';");

        assertThat(browser.focusIsVisible()).isFalse();
    }
}
