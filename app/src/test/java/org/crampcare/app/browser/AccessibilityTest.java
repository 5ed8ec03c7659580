package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.crampcare.app.assessment.Journeys;
import org.crampcare.app.firstaid.FirstAidPages;
import org.crampcare.app.library.Library;
import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.EntryKind;
import org.crampcare.knowledge.Topic;
import org.crampcare.knowledge.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WCAG 2.2 AA on every page type, in a real Chromium at a phone's width (360 pixels): axe-core finds no violation,
 * nothing scrolls sideways, every control and link shows the focus and is at least 44 pixels square (links in running
 * text excepted), and the emergency number and the disclaimer are there. Failures list, per page, each axe
 * rule with its impact, help and the selectors of the elements at fault.
 */
class AccessibilityTest extends BrowserTest {

    /** Per browser, so per class (a new browser for each test class). */
    private static boolean axeLoaded;

    @Autowired
    FirstAidPages firstAidPages;

    @BeforeAll
    static void startANewReport() throws IOException {
        axeLoaded = false;
        Files.deleteIfExists(Axe.REPORT);
    }

    @BeforeEach
    void loadAxeWithEveryPage() {
        if (!axeLoaded) {
            Axe.loadWithEveryPage(browser.driver());
            axeLoaded = true;
        }
    }

    /** What is wrong with the page on screen; empty when nothing is. */
    private List<String> problems(String page) {
        browser.screenshotIfAsked(page);
        List<String> problems = new ArrayList<>(Axe.audit(browser.driver(), page).violations());
        if (browser.innerWidth() != Chromium.PHONE_WIDTH) {
            problems.add("checked at " + browser.innerWidth() + " px wide instead of " + Chromium.PHONE_WIDTH);
        }
        long overflow = browser.horizontalOverflow();
        if (overflow > 0) {
            problems.add("scrolls sideways by " + overflow + " px at " + Chromium.PHONE_WIDTH + " px wide; too wide: "
                    + browser.widestElements());
        }
        problems.addAll(browser.focusAndTargetProblems());
        // a header link's word split over two lines ("Exerci / ses") or spilling out of its place
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) browser.js("""
                const out = [];
                for (const a of document.querySelectorAll('.site-nav a, .site-nav button')) {
                  if (a.scrollWidth > a.clientWidth + 1) out.push(a.innerText.trim());
                  for (const t of [...a.childNodes].filter(n => n.nodeType === 3)) {
                    const re = /\\S+/g; let m;
                    while ((m = re.exec(t.textContent))) {
                      const r = document.createRange(); r.setStart(t, m.index); r.setEnd(t, m.index + m[0].length);
                      const lines = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top)));
                      if (lines.size > 1) out.push(m[0]);
                    }
                  }
                }
                return out;
                """);
        broken.forEach(b -> problems.add("header link broken mid-word or wider than its place: " + b));
        if (!browser.has(By.cssSelector("a[href='tel:" + EMERGENCY_NUMBER + "']"))) {
            problems.add("no tel:" + EMERGENCY_NUMBER + " link");
        }
        if (!browser.has(By.cssSelector("footer .disclaimer"))
                || !oneLine(browser.find(By.cssSelector("footer .disclaimer")).getText()).equals(oneLine(kb.rules().disclaimer()))) {
            problems.add("no disclaimer in the footer");
        }
        return problems;
    }

    private void assertAccessible(String page) {
        List<String> problems = problems(page);
        assertThat(problems).as("%s (%s): %d problem(s):%n%s", page, browser.path(), problems.size(),
                String.join("\n", problems)).isEmpty();
    }

    private DynamicTest page(String name, String path) {
        String shown = path.length() <= 60 ? path : path.substring(0, 60) + "...";
        return DynamicTest.dynamicTest(name + " " + shown, () -> {
            browser.open(path);
            assertAccessible(name + " " + shown);
        });
    }

    // ------------------------------------------------------------------ signed in: the diary and the account

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.crampcare.app.diary.Episodes episodes;
    @Autowired
    org.crampcare.app.diary.CheckIns checkIns;
    @Autowired
    org.crampcare.app.diary.Changes changes;

    /**
     * The diary's and the account's pages, signed in through the forms, with a diary that has cramps (one with a
     * warning sign), a check-in and a change; and the header's six links each on its words, none broken mid-word.
     */
    @TestFactory
    Stream<DynamicTest> signedInPages() {
        String email = "a11y-" + java.util.UUID.randomUUID() + "@example.test";
        String password = "a long enough pass phrase " + java.util.UUID.randomUUID();
        browser.open("/signup");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(password);
        browser.find(By.id("time_zone")).clear();
        browser.find(By.id("time_zone")).sendKeys(org.crampcare.app.insight.Seeded.ZONE.getId());
        browser.clickToNextPage(By.cssSelector("main form button[type=submit]"));
        browser.open("/login");
        browser.find(By.id("username")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(password);
        browser.clickToNextPage(By.cssSelector("main form button[type=submit]"));
        var me = new org.crampcare.app.account.AccountId(
                jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single());
        var seeded = new org.crampcare.app.insight.Seeded(jdbc, episodes, checkIns, changes);
        long change = seeded.selfCareNotImproving(me);
        long cramp = seeded.cramp(me, org.crampcare.app.insight.Seeded.today().minusDays(1), 7,
                java.util.Set.of(org.crampcare.diary.RedFlag.CALF_SWELLING_ONE_SIDE), "after a long walk");
        seeded.checkIn(me, org.crampcare.app.insight.Seeded.today().minusDays(3), "");
        List<DynamicTest> pages = new ArrayList<>();
        for (String path : List.of("/diary", "/diary/new", "/diary/" + cramp, "/diary/" + cramp + "/edit",
                "/diary/" + cramp + "/delete", "/diary/check-in", "/diary/changes", "/diary/changes/" + change,
                "/diary/insights", "/diary/reports", "/account", "/account/tokens", "/first-aid/calf")) {
            pages.add(DynamicTest.dynamicTest("signed in " + path, () -> {
                browser.open(path);
                List<String> problems = problems("signed in " + path);
                if (!browser.has(By.cssSelector(".site-nav a[href='/diary']"))) {
                    problems.add("not signed in: no diary link in the header");
                }
                assertThat(problems).as("%s: %d problem(s):%n%s", path, problems.size(), String.join("\n", problems))
                        .isEmpty();
            }));
        }
        // and signed out again: the other groups audit what everyone sees
        pages.add(DynamicTest.dynamicTest("signing out", () -> {
            browser.driver().manage().deleteAllCookies();
            browser.open("/first-aid");
            assertThat(browser.has(By.cssSelector(".site-nav a[href='/login']"))).as("signed out").isTrue();
        }));
        return pages.stream();
    }

    // ------------------------------------------------------------------ pages reached by address

    @TestFactory
    Stream<DynamicTest> firstAidPages() {
        return Stream.concat(Stream.of(page("home", "/")),
                firstAidPages.urls().stream().map(url -> page(url.equals(FirstAidPages.ROOT) ? "first-aid choices"
                        : "first-aid page", url)));
    }

    @TestFactory
    Stream<DynamicTest> libraryPages() {
        List<DynamicTest> pages = new ArrayList<>();
        pages.add(page("library", "/library"));
        for (Topic topic : Topic.values()) {
            pages.add(page("topic", Library.topicUrl(topic)));
        }
        entriesOfEveryKindAndVerdict().forEach((what, id) -> pages.add(page("entry (" + what + ")", Library.libraryUrl(id))));
        pages.add(page("search results", "/library/search?q=charley+horse"));
        pages.add(page("search without results", "/library/search?q=xylophone"));
        pages.add(page("search error (empty)", "/library/search?q="));
        pages.add(page("search error (too long)", "/library/search?q=" + "cramp+".repeat(60)));
        return pages.stream();
    }

    /** One entry of every kind, and of every verdict (not recommended, prescriber only, ...) within its kind. */
    private Map<String, String> entriesOfEveryKindAndVerdict() {
        Map<String, String> out = new LinkedHashMap<>();
        for (EntryKind kind : EntryKind.values()) {
            for (Entry e : kb.entries()) {
                if (e.kind() == kind) {
                    String what = kind.key() + e.verdict().map(Verdict::key).map(v -> ", " + v).orElse("");
                    out.putIfAbsent(what, e.id());
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> otherPages() {
        return Stream.of(page("exercises", "/exercises"), page("exercises, printable list", "/exercises?print=true"),
                page("not found", "/no/such/page"), page("no such entry", "/library/no_such_entry"),
                page("no such first-aid page", "/first-aid/no-such-page"), page("assessment start", "/assessment"));
    }

    // ------------------------------------------------------------------ the assessment, page by page

    /** Answers every step as in the journey, checking each step before answering it. */
    private List<String> walk(Map<String, String> answers) {
        List<String> problems = new ArrayList<>();
        Questionnaire q = new Questionnaire(browser).start();
        for (int step = 1; step <= 30 && !q.onResult(); step++) {
            String title = browser.title();
            problems("step " + step + " (" + title.replaceFirst(":.*", "") + ")")
                    .forEach(p -> problems.add("step \"" + title + "\": " + p));
            q.fillPage(answers);
        }
        assertThat(q.onResult()).as("the walk reached a result").isTrue();
        return problems;
    }

    @Test
    void everyStepOfTheQuestionnaireAndTheSelfCareResult() {
        List<String> problems = walk(Journeys.NIGHT_CALF_CRAMP);
        assertThat(new Questionnaire(browser).level()).isEqualTo("self_care");
        problems("self-care result").forEach(p -> problems.add("self-care result: " + p));
        assertThat(problems).as("%d problem(s):%n%s", problems.size(), String.join("\n", problems)).isEmpty();
    }

    @Test
    void theEmergencyResultAndItsPrintView() {
        Questionnaire q = new Questionnaire(browser).start();
        q.answer("/episode/fully_aware", "no").next();
        assertAccessible("question with the emergency call above it");
        q.fillPage(Map.of());
        assertThat(q.level()).isEqualTo("emergency");
        assertAccessible("emergency result");

        browser.clickToNextPage(By.cssSelector("a[href^='/assessment/print']"));

        assertThat(browser.has(By.cssSelector("body.print-view"))).isTrue();
        assertAccessible("print view");
    }

    @Test
    void theUrgentResult() {
        Map<String, String> answers = new HashMap<>(Journeys.NIGHT_CALF_CRAMP);
        answers.put("/symptoms/palpitations", "yes");
        new Questionnaire(browser).start().fillAll(answers);
        assertThat(new Questionnaire(browser).level()).isEqualTo("urgent");
        assertAccessible("urgent result");
    }

    @Test
    void theDoctorResult() {
        Map<String, String> answers = new HashMap<>(Journeys.NIGHT_CALF_CRAMP);
        answers.put("/history/episodes_per_week", "5");
        new Questionnaire(browser).start().fillAll(answers);
        assertThat(new Questionnaire(browser).level()).isEqualTo("doctor");
        assertAccessible("doctor result");
    }

    @Test
    void theQuestionsAboutCausesAndPreventionAfterTheResultAndCheckYourAnswers() {
        new Questionnaire(browser).start().fillAll(Journeys.NIGHT_CALF_CRAMP);
        assertThat(browser.has(By.id("go-on"))).as("the way on to causes and prevention").isTrue();

        browser.clickToNextPage(By.cssSelector("a[href^='/assessment/more']"));

        assertThat(browser.has(Questionnaire.NEXT)).isTrue();
        assertAccessible("a question about daily life");
        browser.open(browser.path().replace("/assessment/more", "/assessment/check"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Check your answers");
        assertAccessible("check your answers");
    }

    @Test
    void aStepWithAnAnswerThatIsNotValid() {
        Questionnaire q = new Questionnaire(browser).start();
        q.answer("/episode/fully_aware", "yes").next().fillPage(Map.of());
        for (int step = 0; step < 5 && !q.asked().contains("/person/age_years"); step++) {
            q.fillPage(Map.of());
        }
        q.answer("/person/age_years", "200").next();
        assertThat(browser.has(By.id("error-summary"))).as("the error summary").isTrue();
        assertAccessible("step with an error");
    }

    @Test
    void aFormThatWasTamperedWith() {
        browser.open("/assessment?a=tampered-with");
        assertThat(browser.find(By.tagName("h1")).getText()).isNotBlank();
        assertAccessible("form that was tampered with");
    }
}
