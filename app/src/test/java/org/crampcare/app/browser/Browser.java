package org.crampcare.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, shared by the tests of a class, pointed at the application under test. Small helpers in
 * the words of the tests: open a page, click and wait for the next page, press keys, read what is on screen.
 */
final class Browser {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final AtomicLong NEXT_MARK = new AtomicLong();

    private final ChromeDriver driver;
    private final Path profile;
    private String base = "";

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() {
        Chromium.Started started = Chromium.start();
        return new Browser(started.driver(), started.profile());
    }

    /** Points the browser at the application on this address (http://localhost:port). */
    Browser on(String base) {
        this.base = base;
        return this;
    }

    ChromeDriver driver() {
        return driver;
    }

    String base() {
        return base;
    }

    void quit() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    // ------------------------------------------------------------------ pages

    /**
     * Opens a page and checks that its stylesheets arrived: every check of layout, size or colour needs them. In one
     * CI run a page was measured unstyled (its search box 21 pixels high), so a page without its styles is loaded
     * once more, saying so on the test's output, and a test fails if they are still missing.
     */
    Browser open(String path) {
        driver.get(base + path);
        String missing = missingStylesheets();
        if (!missing.isEmpty()) {
            System.err.println("Browser: " + path + " came without " + missing + "; loading it again");
            driver.navigate().refresh();
            missing = missingStylesheets();
            if (!missing.isEmpty()) {
                throw new AssertionError(path + " came twice without its stylesheets: " + missing);
            }
        }
        return this;
    }

    /** The stylesheets the page asks for, for its media, that the browser has not loaded; empty when all are in. */
    private String missingStylesheets() {
        return String.valueOf(js("""
                return [...document.querySelectorAll('link[rel=stylesheet]')]
                  .filter(l => matchMedia(l.media || 'all').matches)
                  .filter(l => { try { return !l.sheet || l.sheet.cssRules.length === 0; } catch (e) { return true; } })
                  .map(l => l.getAttribute('href')).join(', ');
                """));
    }

    /** The path (and query) of the page on screen. */
    String path() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    String title() {
        return driver.getTitle();
    }

    /** The browser's own Back button; waits until the previous address is on screen and loaded. */
    Browser historyBack() {
        String before = path();
        driver.navigate().back();
        waitUntil(d -> !path().equals(before) && "complete".equals(js("return document.readyState;")));
        return this;
    }

    WebElement find(By by) {
        try {
            return driver.findElement(by);
        } catch (NoSuchElementException e) {
            // say which page was on screen: a flaky failure is then found from its report alone
            throw new NoSuchElementException("not on " + driver.getCurrentUrl() + " (title \"" + driver.getTitle()
                    + "\", first heading \"" + js("const h = document.querySelector('h1'); return h ? h.textContent.trim() : '';")
                    + "\"): " + by, e);
        }
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** The visible text of every element found, in order. */
    List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Clicks something that loads another page, and waits until that page is there. */
    Browser clickToNextPage(WebElement element) {
        return toNextPage(() -> element.click());
    }

    Browser clickToNextPage(By by) {
        return clickToNextPage(find(by));
    }

    /**
     * Does what loads another page (a click, a key), and waits until a new document has replaced the old one and has
     * loaded. The old document is marked by script; the new one does not carry the mark.
     */
    Browser toNextPage(Runnable action) {
        String mark = "p" + NEXT_MARK.incrementAndGet();
        js("document.documentElement.dataset.testPage = arguments[0];", mark);
        action.run();
        new WebDriverWait(driver, WAIT, Duration.ofMillis(50)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js("""
                        return document.readyState === 'complete'
                            && document.documentElement.dataset.testPage !== arguments[0];
                        """, mark)));
        return this;
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return waitUntil(condition, WAIT);
    }

    <T> T waitUntil(Function<WebDriver, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50)).until(condition);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    // ------------------------------------------------------------------ keyboard

    /** Presses keys as a person would: they go to whichever element has the focus. */
    Browser press(CharSequence... keys) {
        // the window in front first: a key sent to a headless tab that is not the active target can reach nothing
        driver.switchTo().window(driver.getWindowHandle());
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /**
     * The element with the focus, read in one go.
     *
     * @param visible     whether it shows the focus: an outline (on itself or, for a radio button or box, on the option
     *                    around it) or a box shadow, and it has a size
     * @param description a short description, for failure messages
     */
    record Focus(boolean visible, String tag, String name, String type, String value, boolean checked,
            String description) {

        boolean is(String tag, String name, String value) {
            return this.tag.equals(tag) && name.equals(this.name) && value.equals(this.value);
        }
    }

    @SuppressWarnings("unchecked")
    Focus focus() {
        Map<String, Object> f = (Map<String, Object>) js("""
                const e = document.activeElement;
                if (!e || e === document.body || e === document.documentElement) {
                  return {visible: false, tag: 'body', name: '', type: '', value: '', checked: false, description: 'nothing'};
                }
                const r = e.getBoundingClientRect();
                const shows = el => {
                  const s = getComputedStyle(el);
                  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                };
                const option = e.closest('.option');
                const visible = r.width >= 1 && r.height >= 1
                    && (shows(e) || (option !== null && e.matches('input') && shows(option)));
                let d = e.tagName.toLowerCase();
                for (const a of ['id', 'name', 'type', 'value', 'href']) {
                  if (e.getAttribute(a) !== null) d += '[' + a + '="' + e.getAttribute(a) + '"]';
                }
                d += ' "' + (e.innerText || '').trim().slice(0, 40) + '"';
                return {visible: visible, tag: e.tagName.toLowerCase(), name: e.getAttribute('name') || '',
                        type: e.getAttribute('type') || '', value: e.value === undefined ? '' : String(e.value),
                        checked: e.checked === true, description: d};
                """);
        return new Focus(Boolean.TRUE.equals(f.get("visible")), (String) f.get("tag"), (String) f.get("name"),
                (String) f.get("type"), (String) f.get("value"), Boolean.TRUE.equals(f.get("checked")),
                (String) f.get("description"));
    }

    boolean focusIsVisible() {
        return focus().visible();
    }

    String describeFocus() {
        return focus().description();
    }

    /**
     * Focuses every control and link of the page in turn (by script) and lists those that do not show the focus
     * (no outline, no box shadow, on themselves or on the option around a radio button or box) and those smaller than
     * 44 by 44 pixels (the product's own bar, beyond WCAG's 24). A link inside running text is exempt from the size;
     * a radio button or box counts with the option or label around it.
     */
    @SuppressWarnings("unchecked")
    List<String> focusAndTargetProblems() {
        return (List<String>) js("""
                const out = [];
                const shows = el => {
                  const s = getComputedStyle(el);
                  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                };
                const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
                for (const e of document.querySelectorAll(sel)) {
                  if (e.disabled || e.closest('[hidden]') || e.getClientRects().length === 0) continue;
                  e.focus();
                  if (document.activeElement !== e) continue;
                  const box = e.matches('input[type=radio], input[type=checkbox]') ? (e.closest('.option, label') || e) : e;
                  const r = box.getBoundingClientRect();
                  const inText = e.tagName === 'A' && getComputedStyle(e).display === 'inline';
                  const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name="' + e.name + '"]' : '')
                      + ' "' + (e.innerText || e.value || '').trim().slice(0, 40) + '"';
                  if (!(shows(e) || (box !== e && shows(box)))) out.push('focus not visible on ' + name);
                  if (!inText && (r.width < 44 || r.height < 44)) {
                    out.push('target smaller than 44x44 px: ' + name + ' is ' + Math.round(r.width) + 'x' + Math.round(r.height));
                  }
                }
                if (document.activeElement) document.activeElement.blur();
                window.scrollTo(0, 0);
                return out;
                """);
    }

    // ------------------------------------------------------------------ layout

    /** How far the page is wider than the window (0 when there is no horizontal scrolling). */
    long horizontalOverflow() {
        Number overflow = (Number) js(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth;");
        return overflow.longValue();
    }

    /**
     * The elements that reach past the right edge of the window, the innermost first (an element is left out when one
     * inside it reaches past too), for failure messages.
     */
    String widestElements() {
        return String.valueOf(js("""
                const w = window.innerWidth;
                const over = [...document.querySelectorAll('body *')].filter(e => {
                  const r = e.getBoundingClientRect();
                  return Math.max(r.right, r.left + e.scrollWidth) > w + 1;
                });
                const leaves = over.filter(e => !over.some(o => o !== e && e.contains(o)));
                return leaves.slice(0, 5).map(e => {
                  const r = e.getBoundingClientRect();
                  const cls = typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '';
                  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + cls
                      + ' (reaches ' + Math.round(Math.max(r.right, r.left + e.scrollWidth)) + ' px)';
                }).join(', ');
                """));
    }

    /**
     * With {@code -Dbrowser.screenshots=true}, saves the whole page on screen (not only the window) as a PNG under
     * {@code target/browser-screenshots/}, to look at what the checks saw.
     */
    void screenshotIfAsked(String name) {
        if (!Boolean.getBoolean("browser.screenshots")) {
            return;
        }
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "browser-screenshots");
        String slug = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        String file = slug.substring(0, Math.min(slug.length(), 100)) + ".png";
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(file), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int innerWidth() {
        return ((Number) js("return window.innerWidth;")).intValue();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file Chromium still holds: left for mvn clean
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // left for mvn clean
        }
    }
}
