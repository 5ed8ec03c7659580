package org.crampcare.app.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.crampcare.app.account.AccountId;
import org.crampcare.diary.Change;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Place;
import org.crampcare.diary.RedFlag;
import org.crampcare.diary.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every diary endpoint, found from the application's own request mappings (so a new one is walked without anyone
 * remembering to add it), asked by account B about account A's rows: each answers exactly as for an id that does not
 * exist (404, the same body), A's rows are unchanged afterwards, and no list or export of B shows anything of A's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DiaryAccessTest {
    /** The addresses of the diary: its pages (insights and reports included) and its API, with the reports. */
    static final Pattern DIARY = Pattern.compile(
            "/diary(/.*)?|/api/v1/(episodes|check-ins|changes|export|insights|reports)(/.*)?");
    static final String SECRET = "A-SECRET-7f3c";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Diary diary;
    @Autowired
    org.crampcare.app.report.ShareLinks shareLinks;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    AccountId a;
    AccountId b;
    Map<String, Long> idsOfA;

    @BeforeEach
    void rowsOfA() {
        a = TestAccounts.create(jdbc, "Europe/London");
        b = TestAccounts.create(jdbc, "Europe/London");
        long episode = diary.log(a, "access-episode", new Episode(Instant.now().minus(Duration.ofHours(2)),
                ZoneId.of("Europe/London"), Place.CALF, Side.LEFT, 6, Optional.of(Duration.ofSeconds(900)), Optional.of(true),
                Optional.of(SECRET), Optional.of(SECRET), EnumSet.of(RedFlag.DARK_URINE)), true).id();
        long checkIn = diary.saveCheckIn(a, new org.crampcare.diary.CheckIn(LocalDate.now(), Optional.of(true),
                Optional.empty(), java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), Optional.empty(), Optional.of(SECRET),
                Optional.of(SECRET)));
        long change = diary.addChange(a, "access-change", new Change(SECRET, LocalDate.now().minusDays(3),
                Optional.empty())).id();
        shareLinks.create(a, new org.crampcare.app.report.Period(LocalDate.now().minusDays(30), LocalDate.now()),
                org.crampcare.app.report.ReportSection.all(), Instant.now(), Instant.now().plus(Duration.ofDays(7)));
        long link = shareLinks.of(a).get(0).id();
        idsOfA = Map.of("episode", episode, "check-in", checkIn, "change", change, "share-link", link);
    }

    /** Which kind of row the {id} of an address names; a diary address with another variable stops the test. */
    static String kind(String pattern) {
        if (pattern.startsWith("/diary/changes/{id}") || pattern.startsWith("/api/v1/changes/{id}")) {
            return "change";
        }
        if (pattern.startsWith("/diary/reports/share/{id}")) {
            return "share-link";
        }
        if (pattern.startsWith("/api/v1/check-ins/{id}")) {
            return "check-in";
        }
        if (pattern.startsWith("/diary/{id}") || pattern.startsWith("/api/v1/episodes/{id}")) {
            return "episode";
        }
        return fail("a diary address this test does not know: " + pattern
                + " (tell DiaryAccessTest.kind which row its variables name)");
    }

    record Endpoint(HttpMethod method, String pattern) {
    }

    List<Endpoint> endpoints() {
        Set<String> seen = new TreeSet<>();
        List<Endpoint> out = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!DIARY.matcher(pattern).matches()) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
                    if (seen.add(m + " " + pattern)) {
                        out.add(new Endpoint(m.asHttpMethod(), pattern));
                    }
                }
            }
        }
        return out;
    }

    MvcResult ask(AccountId who, Endpoint e, long id) throws Exception {
        String url = e.pattern().replace("{id}", Long.toString(id));
        // a period that holds A's rows, for the insights and the reports
        MockHttpServletRequestBuilder r = request(e.method(), url).with(TestAccounts.as(who)).with(csrf())
                .param("from", LocalDate.now().minusDays(30).toString()).param("to", LocalDate.now().plusDays(1).toString());
        if (e.pattern().startsWith("/api/")) {
            r.contentType(MediaType.APPLICATION_JSON).content("{\"pain\":1}")
                    .header("Idempotency-Key", "access-" + System.nanoTime());
        } else {
            r.param("pain", "1").param("place", "calf").param("side", "left").param("time", "2026-11-30T02:00")
                    .param("description", "x").param("started", "2026-11-01").param("notes", "changed");
        }
        return mvc.perform(r).andReturn();
    }

    byte[] everythingOfA() throws Exception {
        String export = mvc.perform(request(HttpMethod.GET, "/api/v1/export").with(TestAccounts.as(a))).andReturn()
                .getResponse().getContentAsString();
        return export.replaceAll("\"exported_at\":\"[^\"]*\"", "").getBytes();
    }

    /** The page's CSRF token is masked afresh for every answer (BREACH protection): the same token, other bytes. */
    static String unmasked(String page) {
        return CSRF.matcher(page).replaceAll("$1CSRF\"");
    }

    static final Pattern CSRF = Pattern.compile("(name=\"_csrf\" (?:content|value)=\")[^\"]*\"");

    @Test
    void anotherPersonsIdAnswersExactlyAsAnIdThatDoesNotExist() throws Exception {
        byte[] before = everythingOfA();
        long missing = idsOfA.values().stream().mapToLong(Long::longValue).max().orElseThrow() + 100_000;
        int walked = 0;
        for (Endpoint e : endpoints()) {
            if (!e.pattern().contains("{")) {
                continue;
            }
            long theirs = idsOfA.get(kind(e.pattern()));
            MvcResult other = ask(b, e, theirs);
            MvcResult none = ask(b, e, missing);
            assertThat(other.getResponse().getStatus()).as(e + " on another person's id").isEqualTo(404);
            assertThat(none.getResponse().getStatus()).as(e + " on an id that does not exist").isEqualTo(404);
            assertThat(unmasked(other.getResponse().getContentAsString())
                    .replace(e.pattern().replace("{id}", Long.toString(theirs)), e.pattern()))
                    .as(e + ": the same answer as for a missing id")
                    .isEqualTo(unmasked(none.getResponse().getContentAsString())
                            .replace(e.pattern().replace("{id}", Long.toString(missing)), e.pattern()));
            walked++;
        }
        assertThat(walked).as("diary addresses with an id").isGreaterThanOrEqualTo(15);
        assertThat(everythingOfA()).as("A's rows after B's requests").isEqualTo(before);
    }

    @Test
    void theIdsOfTheWalkAreRealForTheirOwner() throws Exception {
        for (Endpoint e : endpoints()) {
            if (e.pattern().contains("{") && e.method() == HttpMethod.GET) {
                assertThat(ask(a, e, idsOfA.get(kind(e.pattern()))).getResponse().getStatus()).as(e.toString())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void theWalkCoversTheInsightsAndTheReports() {
        assertThat(endpoints()).extracting(Endpoint::pattern).contains("/diary/insights", "/diary/insights/check",
                "/api/v1/insights", "/api/v1/changes/{id}/comparison", "/api/v1/reports/doctor.pdf",
                "/api/v1/reports/diary.csv", "/api/v1/reports/fhir", "/diary/reports");
    }

    @Test
    void noListPageOrExportOfAnotherPersonShowsAnythingOfTheirs() throws Exception {
        int walked = 0;
        for (Endpoint e : endpoints()) {
            if (e.pattern().contains("{") || e.method() != HttpMethod.GET) {
                continue;
            }
            MvcResult r = ask(b, e, 0);
            assertThat(r.getResponse().getStatus()).as(e.toString()).isLessThan(500);
            assertThat(r.getResponse().getContentAsString()).as(e.toString()).doesNotContain(SECRET);
            walked++;
        }
        assertThat(walked).as("diary addresses without an id").isGreaterThanOrEqualTo(8);
        // and the owner does see them: the marker is there to be found
        assertThat(mvc.perform(request(HttpMethod.GET, "/api/v1/export").with(TestAccounts.as(a))).andReturn()
                .getResponse().getContentAsString()).contains(SECRET);
    }
}
