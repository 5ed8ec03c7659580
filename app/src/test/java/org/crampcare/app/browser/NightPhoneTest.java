package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crampcare.app.firstaid.FirstAidPages;
import org.crampcare.app.library.Library;
import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.EntryKind;
import org.crampcare.knowledge.Topic;
import org.crampcare.knowledge.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A phone in the dark, at 3 a.m.: the header is small (at most 15% of a 740-pixel screen) and leaves the first
 * first-aid choice and each page's first action on the first screen; the dark theme follows the device and the switch
 * works without JavaScript; every page type reflows at 320 pixels with text at 200% (no sideways scrolling); the focus
 * ring stands out (3:1) in both themes; axe-core finds nothing at a phone's and a desktop's width, light and dark.
 */
class NightPhoneTest extends BrowserTest {
    static final int FOLD = 740;
    static final int MAX_HEADER = FOLD * 15 / 100;
    static final String DARK_BACKGROUND = "rgb(18, 20, 23)";
    static final String LIGHT_BACKGROUND = "rgb(255, 255, 255)";

    @Autowired
    FirstAidPages firstAidPages;

    private static boolean axeLoaded;

    @BeforeEach
    void loadAxe() {
        if (!axeLoaded) {
            Axe.loadWithEveryPage(browser.driver());
            axeLoaded = true;
        }
    }

    @AfterEach
    void backToAPhoneInDaylight() {
        colourScheme("light");
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.driver().manage().deleteAllCookies();
    }

    @org.junit.jupiter.api.AfterAll
    static void nextClassLoadsAxeAgain() {
        axeLoaded = false;
    }

    // ------------------------------------------------------------------ emulation

    private void colourScheme(String scheme) {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private void viewport(int width, int height, boolean mobile) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", mobile ? 2 : 1, "mobile", mobile));
    }

    /**
     * Sets the emulated phone size and waits until the page's window is {@code width} pixels wide. The size reaches the
     * page a moment after it is set, and on a busy machine a page that loads as it is set can lose it: it is set again,
     * up to three times (a second each). A page that stays wider is left as it is, for the check that follows to report.
     */
    private void settleAt(int width, int height) {
        for (int attempt = 0; attempt < 3; attempt++) {
            viewport(width, height, true);
            try {
                browser.waitUntil(d -> browser.innerWidth() == width, Duration.ofSeconds(1));
                return;
            } catch (TimeoutException e) {
                // set it again; too wide at normal text size is measured and reported by the caller
            }
        }
    }

    /** Text at 200%: the root font size doubled, as a browser's text-size setting does. */
    private void doubleTheText() {
        browser.js("const r = document.documentElement; r.style.fontSize = (parseFloat(getComputedStyle(r).fontSize) * 2) + 'px';");
    }

    private String background() {
        return (String) browser.js("return getComputedStyle(document.body).backgroundColor;");
    }

    private long bottomOf(String css) {
        return ((Number) browser.js("return Math.round(document.querySelector(arguments[0]).getBoundingClientRect().bottom);",
                css)).longValue();
    }

    /** One page of every type: the pages a person meets, and the library's kinds and verdicts. */
    private Map<String, String> pageTypes() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("first-aid choices", "/first-aid");
        pages.put("first-aid page", "/first-aid/calf");
        pages.put("first-aid page (urgent)", "/first-aid/seizure");
        pages.put("offline page", "/offline");
        pages.put("library", "/library");
        pages.put("topic", Library.topicUrl(Topic.values()[0]));
        pages.put("evidence key", "/library/evidence");
        pages.put("search", "/library/search?q=charley+horse");
        pages.put("exercises", "/exercises");
        pages.put("not found", "/no/such/page");
        pages.put("assessment", "/assessment");
        pages.put("sign in", "/login");
        pages.put("sign up", "/signup");
        for (Entry e : kb.entries()) {
            boolean notRecommended = e.verdict().filter(v -> v == Verdict.NOT_RECOMMENDED).isPresent();
            if (e.kind() == EntryKind.EXERCISE && e.exercise().isPresent()) {
                pages.putIfAbsent("entry (exercise)", Library.libraryUrl(e.id()));
            } else if (notRecommended) {
                pages.putIfAbsent("entry (not recommended)", Library.libraryUrl(e.id()));
            } else if (e.kind() == EntryKind.CAUSE) {
                pages.putIfAbsent("entry (cause)", Library.libraryUrl(e.id()));
            }
        }
        return pages;
    }

    // ------------------------------------------------------------------ the first screen

    @Test
    void theHeaderTakesAtMostAnEighthOfAPhoneScreenAndShowsTheEmergencyNumber() {
        viewport(360, FOLD, true);
        for (String path : pageTypes().values()) {
            browser.open(path);
            long header = bottomOf("header.site-header");
            assertThat(header).as("header height on %s at 360x740", path).isLessThanOrEqualTo(MAX_HEADER);
            assertThat(bottomOf("header .emergency-number")).as("emergency number in the header on %s", path)
                    .isLessThanOrEqualTo(header);
            assertEmergencyNumberAndDisclaimer();
        }
    }

    @Test
    void theFirstChoicesAndEachPagesFirstActionAreOnTheFirstScreen() {
        viewport(360, FOLD, true);
        browser.open("/first-aid");
        assertThat(bottomOf(".answer-no .choices li:first-child a")).as("the seizure choice").isLessThanOrEqualTo(FOLD);
        assertThat(bottomOf(".answer-yes .choices li:first-child a")).as("the first cramp choice (calf)")
                .isLessThanOrEqualTo(FOLD);
        for (String url : firstAidPages.urls()) {
            if (url.equals(FirstAidPages.ROOT)) {
                continue;
            }
            browser.open(url);
            assertThat(bottomOf("main ol.steps > li")).as("the first step on %s", url).isLessThanOrEqualTo(FOLD);
        }
        browser.open("/first-aid/calf");
        assertThat(browser.find(By.cssSelector("main ol.steps > li")).getText()).startsWith("Straighten the leg");
    }

    // ------------------------------------------------------------------ dark

    @Test
    void theDarkThemeFollowsTheDevice() {
        browser.open("/first-aid/calf");
        assertThat(background()).isEqualTo(LIGHT_BACKGROUND);
        colourScheme("dark");
        browser.open("/first-aid/calf");
        assertThat(background()).isEqualTo(DARK_BACKGROUND);
    }

    @Test
    void theSwitchWorksWithoutJavaScriptAndOverridesTheDevice() {
        // plain links to the server: nothing on the page needs a script for them
        browser.open("/library/evidence");
        assertThat(browser.findAll(By.cssSelector("footer .theme-switch a[href^='/theme?set=']"))).hasSize(3);
        colourScheme("light");
        browser.open("/library/evidence");
        browser.clickToNextPage(By.cssSelector("footer .theme-switch a[href*='set=dark']"));
        assertThat(browser.path()).isEqualTo("/library/evidence");
        assertThat(background()).as("dark chosen on a light device").isEqualTo(DARK_BACKGROUND);
        assertThat(browser.find(By.cssSelector("footer .theme-switch a[aria-current]")).getText()).isEqualTo("Dark");

        browser.open("/first-aid/night");
        assertThat(background()).as("the choice holds on the next page").isEqualTo(DARK_BACKGROUND);

        colourScheme("dark");
        browser.clickToNextPage(By.cssSelector("footer .theme-switch a[href*='set=light']"));
        assertThat(browser.path()).isEqualTo("/first-aid/night");
        assertThat(background()).as("light chosen on a dark device").isEqualTo(LIGHT_BACKGROUND);

        browser.clickToNextPage(By.cssSelector("footer .theme-switch a[href*='set=auto']"));
        assertThat(background()).as("back to following the (dark) device").isEqualTo(DARK_BACKGROUND);
    }

    // ------------------------------------------------------------------ reflow

    @Test
    void everyPageTypeReflowsAt320PixelsWithTextAt200Percent() {
        // a phone widens its layout viewport to fit what is too wide: a window wider than 320 pixels is the overflow
        viewport(320, 640, true);
        List<String> problems = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            colourScheme(theme);
            pageTypes().forEach((name, path) -> {
                browser.open(path);
                settleAt(320, 640); // again after loading: the phone emulation of the browser comes back with a page
                doubleTheText();
                long overflow = ((Number) browser.js(
                        "return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
                long width = ((Number) browser.js("return window.innerWidth;")).longValue();
                if (width != 320) {
                    problems.add(name + " (" + path + ", " + theme + "): the layout widened to " + width
                            + " px; too wide: " + tooWideFor(320));
                }
                if (overflow > 0) {
                    problems.add(name + " (" + path + ", " + theme + "): scrolls sideways by " + overflow + " px; too wide: "
                            + browser.widestElements());
                }
            });
        }
        assertThat(problems).as("reflow at 320 px, 200%% text").isEmpty();
    }

    private String tooWideFor(int width) {
        return String.valueOf(browser.js("""
                const w = arguments[0];
                const over = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1);
                const leaves = over.filter(e => !over.some(o => o !== e && e.contains(o)));
                return leaves.slice(0, 6).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string'
                    ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' "' + (e.textContent || '').trim().slice(0, 30)
                    + '" (' + Math.round(e.getBoundingClientRect().right) + ')').join(', ');
                """, width));
    }

    // ------------------------------------------------------------------ focus

    @Test
    void theFocusRingHasAtLeast3To1AgainstWhatIsAroundItInBothThemes() {
        List<String> problems = new ArrayList<>();
        for (String theme : List.of("light", "dark")) {
            colourScheme(theme);
            for (String path : List.of("/", "/first-aid/calf", "/library/evidence")) {
                browser.open(path);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.js(FOCUS_CONTRAST);
                found.forEach(p -> problems.add(theme + " " + path + ": " + p));
            }
        }
        assertThat(problems).as("focus rings under 3:1").isEmpty();
    }

    /** For every link and control: the contrast of its outline colour with the background behind it. */
    static final String FOCUS_CONTRAST = """
            const lum = c => {
              const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
              const [r, g, b, a] = m[1].split(',').map(s => parseFloat(s));
              if (a === 0) return null;
              const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
            };
            const behind = el => {
              for (let e = el.parentElement; e; e = e.parentElement) {
                const l = lum(getComputedStyle(e).backgroundColor); if (l !== null) return l;
              }
              return lum(getComputedStyle(document.documentElement).backgroundColor) ?? 1;
            };
            const out = [];
            for (const e of document.querySelectorAll('a[href], button, input:not([type=hidden]), summary')) {
              if (e.getClientRects().length === 0 || e.closest('[hidden]')) continue;
              e.focus(); if (document.activeElement !== e) continue;
              const s = getComputedStyle(e);
              const ring = lum(s.outlineColor), back = behind(e);
              if (s.outlineStyle === 'none' || ring === null) { out.push('no outline on ' + e.outerHTML.slice(0, 80)); continue; }
              const ratio = (Math.max(ring, back) + 0.05) / (Math.min(ring, back) + 0.05);
              if (ratio < 3) out.push(ratio.toFixed(2) + ':1 on ' + e.outerHTML.slice(0, 80));
            }
            if (document.activeElement) document.activeElement.blur();
            return out;
            """;

    @Test
    void theCheckOfTheFocusRingCanFail() {
        browser.open("/library/evidence");
        browser.js("const s = new CSSStyleSheet(); s.replaceSync('a:focus{outline-color:#eeeeee !important}');"
                + "document.adoptedStyleSheets = [s];");
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.js(FOCUS_CONTRAST);
        assertThat(found).isNotEmpty();
    }

    // ------------------------------------------------------------------ axe, phone and desktop, light and dark

    @Test
    void axeFindsNothingAtAPhonesAndADesktopsWidthInLightAndDark() {
        List<String> problems = new ArrayList<>();
        int audits = 0;
        for (int[] size : new int[][] { { 360, 740 }, { 1280, 800 } }) {
            viewport(size[0], size[1], size[0] < 500);
            for (String theme : List.of("light", "dark")) {
                colourScheme(theme);
                for (Map.Entry<String, String> page : pageTypes().entrySet()) {
                    browser.open(page.getValue());
                    String name = page.getKey() + " " + size[0] + "px " + theme;
                    if (theme.equals("dark") && !background().equals(DARK_BACKGROUND)) {
                        problems.add(name + ": not dark");
                    }
                    Axe.audit(browser.driver(), name).violations().forEach(v -> problems.add(name + ": " + v));
                    audits++;
                }
            }
        }
        assertThat(audits).isEqualTo(4 * pageTypes().size());
        assertThat(problems).as("%d audit(s), violations:%n", audits).isEmpty();
    }
}
