package org.crampcare.app.browser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The questionnaire at /assessment as a person fills it in: with the mouse (clicks) or with the keyboard alone. Answers
 * are given by field (the contract's JSON pointer, the input's name) and value ("yes", "no", "calf", "45"); several
 * values of a list are separated by "|". With "/symptoms" in the answers, a symptom not answered "yes" is "no"
 * (in a checklist: not ticked, or "None of these"); without it, "Not sure". Any other question not in the answers is
 * answered "Not sure" (left empty when typed).
 */
final class Questionnaire {
    /** The button that leads on. */
    static final By NEXT = By.cssSelector("main form button[name='_nav'][value='next']");
    static final By BACK = By.cssSelector("main form a.back-link");
    static final By RESULT_LEVEL = By.id("result-level");
    private static final int MAX_PAGES = 30;
    private static final int MAX_KEYS_PER_PAGE = 600;

    private final Browser browser;

    Questionnaire(Browser browser) {
        this.browser = browser;
    }

    Questionnaire start() {
        return start("self");
    }

    /** Opens the questionnaire and says who it is for: self, someone_else or child. */
    Questionnaire start(String who) {
        browser.open("/assessment");
        browser.find(By.cssSelector("input[name='_who'][value='" + who + "']")).click();
        next();
        return this;
    }

    boolean onResult() {
        return browser.has(RESULT_LEVEL);
    }

    /** The level on the result page's banner: emergency, urgent, doctor or self_care. */
    String level() {
        String classes = browser.find(By.cssSelector(".result-banner")).getDomAttribute("class");
        return Arrays.stream(classes.split("\\s+")).filter(c -> c.startsWith("banner-")).findFirst()
                .map(c -> c.substring("banner-".length())).orElse("");
    }

    /** The fields the page on screen asks, in order. */
    @SuppressWarnings("unchecked")
    List<String> asked() {
        return (List<String>) browser.js("""
                const names = [];
                for (const e of document.querySelectorAll('main form input:not([type=hidden]), main form textarea')) {
                  if (e.name && (e.name.startsWith('/') || e.name.startsWith('_g_')) && !names.includes(e.name)) names.push(e.name);
                }
                return names;
                """);
    }

    String answerFor(Map<String, String> answers, String field) {
        if (field.startsWith("_g_")) {
            @SuppressWarnings("unchecked")
            List<String> options = (List<String>) browser.js("""
                    return [...document.querySelectorAll('main form input[name="' + arguments[0] + '"]')]
                      .map(e => e.value).filter(v => v !== '_none' && v !== 'unsure');
                    """, field);
            List<String> ticked = options.stream().filter(o -> "yes".equals(answers.get(o))).toList();
            if (!ticked.isEmpty()) {
                return String.join("|", ticked);
            }
            return answers.containsKey("/symptoms") ? "_none" : "unsure";
        }
        String v = answers.get(field);
        if (v != null) {
            return v;
        }
        if (field.startsWith("/symptoms/") && answers.containsKey("/symptoms")) {
            return "no";
        }
        Object typed = browser.js("""
                const e = document.querySelector('main form [name="' + arguments[0] + '"]');
                return e && (e.tagName === 'TEXTAREA' || e.type === 'text');
                """, field);
        return Boolean.TRUE.equals(typed) ? null : "unsure";
    }

    // ------------------------------------------------------------------ with the mouse

    /** Answers the questions on screen (clicks and typing), without leaving the page. */
    Questionnaire answer(Map<String, String> answers) {
        for (String field : asked()) {
            String value = answerFor(answers, field);
            if (value != null) {
                answer(field, value);
            }
        }
        if (answers.containsKey("_unit") && browser.has(By.name("_unit"))) {
            new Select(browser.find(By.name("_unit"))).selectByValue(answers.get("_unit"));
        }
        return this;
    }

    /** Answers one question as a person would: clicks the options (radio buttons, boxes), or types the value. */
    @SuppressWarnings("unchecked")
    Questionnaire answer(String field, String value) {
        String css = "main form [name='" + field + "']";
        Map<String, Object> inputs = (Map<String, Object>) browser.js("""
                const all = [...document.querySelectorAll(arguments[0])];
                if (all.length === 0) return null;
                return {type: all[0].tagName === 'TEXTAREA' ? 'textarea' : all[0].type,
                        checked: all.filter(e => e.checked).map(e => e.value)};
                """, css);
        if (inputs == null) {
            throw new AssertionError("the page does not ask " + field + "; it asks " + asked());
        }
        List<String> checked = (List<String>) inputs.get("checked");
        Set<String> wanted = Set.of(value.split("\\|"));
        switch ((String) inputs.get("type")) {
            case "radio" -> browser.find(By.cssSelector(css + "[value='" + value + "']")).click();
            case "checkbox" -> {
                for (String v : wanted) {
                    if (!checked.contains(v)) {
                        browser.find(By.cssSelector(css + "[value='" + v + "']")).click();
                    }
                }
                for (String v : checked) {
                    if (!wanted.contains(v)) {
                        browser.find(By.cssSelector(css + "[value='" + v + "']")).click();
                    }
                }
            }
            default -> {
                WebElement input = browser.find(By.cssSelector(css));
                input.clear();
                input.sendKeys(value);
            }
        }
        return this;
    }

    Questionnaire next() {
        browser.clickToNextPage(NEXT);
        return this;
    }

    Questionnaire back() {
        browser.clickToNextPage(BACK);
        return this;
    }

    /** Answers page after page and presses Next until the result. */
    Questionnaire answerAll(Map<String, String> answers) {
        for (int page = 0; page < MAX_PAGES && !onResult(); page++) {
            answer(answers).next();
            if (browser.has(By.id("error-summary"))) {
                throw new AssertionError("the page refused the answers: "
                        + browser.find(By.id("error-summary")).getText());
            }
        }
        if (!onResult()) {
            throw new AssertionError("no result after " + MAX_PAGES + " pages");
        }
        return this;
    }

    // ------------------------------------------------------------------ quickly, for checks that are not about input

    /**
     * Sets the answers on screen by script (much faster than a click per option) and presses Next with a click. For
     * checks of the pages themselves; the journeys click and type.
     */
    Questionnaire fillAll(Map<String, String> answers) {
        for (int page = 0; page < MAX_PAGES && !onResult(); page++) {
            fillPage(answers);
        }
        if (!onResult()) {
            throw new AssertionError("no result after " + MAX_PAGES + " pages");
        }
        return this;
    }

    /** Sets the answers of the page on screen by script and presses Next. */
    Questionnaire fillPage(Map<String, String> answers) {
        for (String field : asked()) {
            String value = answerFor(answers, field);
            if (value != null) {
                browser.js("""
                        const [name, values] = [arguments[0], arguments[1].split('|')];
                        for (const e of document.querySelectorAll('main form [name="' + name + '"]')) {
                          if (e.type === 'radio' || e.type === 'checkbox') e.checked = values.includes(e.value);
                          else e.value = values.join('\\n');
                        }
                        """, field, value);
            }
        }
        if (answers.containsKey("_unit") && browser.has(By.name("_unit"))) {
            new Select(browser.find(By.name("_unit"))).selectByValue(answers.get("_unit"));
        }
        next();
        if (browser.has(By.id("error-summary"))) {
            throw new AssertionError("the page refused the answers: " + browser.find(By.id("error-summary")).getText());
        }
        return this;
    }

    // ------------------------------------------------------------------ with the keyboard alone

    /**
     * Fills in the whole questionnaire with the keyboard alone: Tab from the top of every page, arrow keys and Space
     * for the options, typing for numbers, Enter on Next. Every element that gets the focus must show it; where one
     * does not, it is recorded in {@code invisibleFocus}.
     */
    Questionnaire answerAllWithKeyboard(Map<String, String> answers, List<String> invisibleFocus) {
        for (int page = 0; page < MAX_PAGES && !onResult(); page++) {
            answerPageWithKeyboard(answers, invisibleFocus);
            if (browser.has(By.id("error-summary"))) {
                throw new AssertionError("the page refused the answers: "
                        + browser.find(By.id("error-summary")).getText());
            }
        }
        if (!onResult()) {
            throw new AssertionError("no result after " + MAX_PAGES + " pages");
        }
        return this;
    }

    private void answerPageWithKeyboard(Map<String, String> answers, List<String> invisibleFocus) {
        for (int keys = 0; keys < MAX_KEYS_PER_PAGE; keys++) {
            browser.press(Keys.TAB);
            Browser.Focus f = browser.focus();
            if (!f.visible()) {
                invisibleFocus.add("\"" + browser.title() + "\": " + f.description());
            }
            if (f.is("button", "_nav", "next")) {
                browser.toNextPage(() -> browser.press(Keys.ENTER));
                return;
            }
            if (f.name().equals("_unit") && answers.containsKey("_unit")) {
                chooseUnit(browser.focused(), answers.get("_unit"));
                continue;
            }
            String value = f.name().startsWith("/") || f.name().startsWith("_g_") ? answerFor(answers, f.name()) : null;
            if (value == null) {
                continue;
            }
            switch (f.tag().equals("textarea") ? "textarea" : f.type()) {
                case "radio" -> chooseRadio(f, value);
                case "checkbox" -> {
                    if (Set.of(value.split("\\|")).contains(f.value()) != f.checked()) {
                        browser.press(Keys.SPACE);
                    }
                }
                default -> {
                    if (!value.equals(f.value())) {
                        browser.press(Keys.END);
                        browser.press(Keys.BACK_SPACE.toString().repeat(f.value().length()));
                        browser.press(value);
                    }
                }
            }
        }
        throw new AssertionError("Tab never reached Next on " + browser.title());
    }

    /** In a radio group, the arrow keys move to the next option and choose it; Space chooses the one focused. */
    private void chooseRadio(Browser.Focus start, String value) {
        List<String> seen = new ArrayList<>();
        Browser.Focus f = start;
        for (int i = 0; i < 12; i++) {
            if (!f.name().equals(start.name())) {
                throw new AssertionError("the arrow keys left the options of " + start.name());
            }
            seen.add(f.value());
            if (value.equals(f.value())) {
                if (!f.checked()) {
                    browser.press(Keys.SPACE);
                }
                return;
            }
            browser.press(Keys.ARROW_RIGHT);
            f = browser.focus();
        }
        throw new AssertionError("no option " + value + " for " + start.name() + " among " + seen);
    }

    /** A closed select changes with the first letter of an option ("m" for minutes). */
    private void chooseUnit(WebElement select, String unit) {
        Select s = new Select(select);
        if (!s.getFirstSelectedOption().getDomProperty("value").equals(unit)) {
            WebElement option = select.findElement(By.cssSelector("option[value='" + unit + "']"));
            browser.press(option.getText().substring(0, 1));
        }
        if (!s.getFirstSelectedOption().getDomProperty("value").equals(unit)) {
            throw new AssertionError("could not choose the unit " + unit + " with the keyboard");
        }
    }
}
