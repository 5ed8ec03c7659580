package org.crampcare.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.account.AccountPrincipal;
import org.crampcare.app.account.DataExported;
import org.crampcare.app.interop.FhirDocuments;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReportControllersTest {
    /**
     * The diary of every account in these tests: the fixture year, cut to the asked period (in place of the stored
     * diary, which has no name or medicines list to show; ReportsWithTheDiaryTest reads the real storage).
     */
    @TestConfiguration
    static class FixtureDiary {
        @Bean
        @Primary
        ReportData fixtureReportData() {
            DiaryExtract year = ReportFixtures.year();
            return (account, period) -> new DiaryExtract(year.subject(), period, year.episodes().stream()
                    .filter(e -> period.contains(e.night())).toList(), List.of(), year.changes(), year.medicines());
        }
    }

    record Principal(AccountId accountId) implements AccountPrincipal, java.io.Serializable {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ShareLinks links;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    ApplicationEvents events;

    AccountId anna;
    final Period december = new Period(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31));

    @BeforeEach
    void account() {
        jdbc.sql("delete from share_link").update();
        jdbc.sql("delete from calendar_feed").update();
        jdbc.sql("delete from account").update();
        anna = ReportStorage.account(jdbc, "anna@example.org", "Europe/Berlin");
    }

    RequestPostProcessor signedIn() {
        return authentication(new TestingAuthenticationToken(new Principal(anna), null, "ROLE_USER"));
    }

    @Test
    void thePdfIsServedToItsOwnerAndLogged() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/reports/doctor.pdf?from=2025-12-01&to=2025-12-31").with(signedIn()))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(events.stream(DataExported.class)).singleElement()
                .satisfies(e -> assertThat(e.account()).isEqualTo(anna));
    }

    @Test
    void theFhirDocumentIsFhirJson() throws Exception {
        String json = mvc.perform(get("/api/v1/reports/fhir?from=2025-12-01&to=2025-12-31").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("application/fhir+json")))
                .andReturn().getResponse().getContentAsString();
        Bundle b = FhirDocuments.context().newJsonParser().parseResource(Bundle.class, json);
        assertThat(b.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(events.stream(DataExported.class)).hasSize(1);
    }

    @Test
    void aDateThatIsNotADateIsA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/reports/fhir?from=1.12.2025&to=2025-12-31").with(signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("from"))
                .andExpect(jsonPath("$.detail").value("The value of 'from' is not a date (write it as 2026-12-01)."));
    }

    @Test
    void aMissingDateIsA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/reports/doctor.pdf?from=2025-12-01").with(signedIn()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("to"));
    }

    @Test
    void toBeforeFromIsA400() throws Exception {
        mvc.perform(get("/api/v1/reports/doctor.pdf?from=2025-12-31&to=2025-12-01").with(signedIn()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("to"))
                .andExpect(jsonPath("$.detail").value("The last night ('to') comes before the first ('from')."));
    }

    @Test
    void aPeriodOverTwoYearsIsA400() throws Exception {
        mvc.perform(get("/api/v1/reports/fhir?from=2023-12-01&to=2025-12-02").with(signedIn()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("A report covers at most two years of nights."));
    }

    @Test
    void anUnknownSectionIsA400() throws Exception {
        mvc.perform(get("/api/v1/reports/doctor.pdf?from=2025-12-01&to=2025-12-31&sections=summary,horoscope")
                .with(signedIn())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("sections"));
    }

    @Test
    void theReportsNeedSigningIn() throws Exception {
        int status = mvc.perform(get("/api/v1/reports/doctor.pdf?from=2025-12-01&to=2025-12-31")).andReturn()
                .getResponse().getStatus();
        assertThat(status).isIn(401, 403);
        assertThat(events.stream(DataExported.class)).isEmpty();
    }

    @Test
    void aCalendarFeedIsServedAtItsSecretAddress() throws Exception {
        String secret = feeds.create(anna, LocalTime.of(21, 30), Instant.now());
        String body = mvc.perform(get("/calendar/" + secret + ".ics")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("text/calendar")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").contains("RRULE:FREQ=DAILY", "T213000", "/exercises");
    }

    @Test
    void aRevokedOrUnknownCalendarIs404() throws Exception {
        String secret = feeds.create(anna, LocalTime.of(21, 30), Instant.now());
        feeds.revoke(anna, Instant.now());
        mvc.perform(get("/calendar/" + secret + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + Secrets.create() + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/nonsense.ics")).andExpect(status().isNotFound());
    }

    @Test
    void aShareLinkShowsTheReportPageWithChartsAndNoInlineStyle() throws Exception {
        String token = links.create(anna, december, ReportSection.all(), Instant.now(), Instant.now().plus(Duration.ofDays(3)));
        String page = mvc.perform(get("/shared/" + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Leg cramp diary report", "<svg", "role=\"img\"", "Cramps per week", "Анна Петрова",
                "tel:").doesNotContain("style=\"");
        assertThat(events.stream(DataExported.class)).hasSize(1);
    }

    @Test
    void aShareLinkShowsOnlyItsSections() throws Exception {
        String token = links.create(anna, december, java.util.EnumSet.of(ReportSection.MEDICINES), Instant.now(),
                Instant.now().plus(Duration.ofDays(3)));
        String page = mvc.perform(get("/shared/" + token)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Furosemide 40 mg").doesNotContain("<svg", "Every cramp recorded");
    }

    @Test
    void anExpiredRevokedOrUnknownShareLinkIs404() throws Exception {
        String expired = links.create(anna, december, ReportSection.all(), Instant.now().minus(Duration.ofDays(10)),
                Instant.now().minus(Duration.ofDays(3)));
        String revoked = links.create(anna, december, ReportSection.all(), Instant.now(), Instant.now().plus(Duration.ofDays(3)));
        links.revoke(anna, links.of(anna).get(0).id(), Instant.now());
        for (String token : List.of(expired, revoked, Secrets.create(), "x")) {
            mvc.perform(get("/shared/" + token)).andExpect(status().isNotFound());
        }
        assertThat(events.stream(DataExported.class)).isEmpty();
    }

    @Test
    void theLinksPageMakesAShareLinkThatOpens() throws Exception {
        String page = mvc.perform(post("/diary/reports/share").with(signedIn()).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).param("from", "2025-12-01")
                .param("to", "2025-12-31").param("days", "7").param("sections", "summary", "charts"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var m = Pattern.compile("/shared/([A-Za-z0-9_-]{43})").matcher(page);
        assertThat(m.find()).isTrue();
        mvc.perform(get("/shared/" + m.group(1))).andExpect(status().isOk());
        assertThat(links.of(anna)).singleElement().satisfies(l -> assertThat(l.sections())
                .containsExactly(ReportSection.SUMMARY, ReportSection.CHARTS));
    }

    @Test
    void theLinksPageSaysWhichFieldIsWrong() throws Exception {
        String page = mvc.perform(post("/diary/reports/share").with(signedIn()).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).param("from", "2025-12-31")
                .param("to", "2025-12-01").param("days", "7")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"#share-to\"", "comes before the first");
        assertThat(links.of(anna)).isEmpty();
    }

    @Test
    void theLinksPageMakesACalendarFeedThatOpensAndRevokes() throws Exception {
        String page = mvc.perform(post("/diary/reports/calendar").with(signedIn()).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()).param("time", "22:15"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var m = Pattern.compile("/calendar/([A-Za-z0-9_-]{43})\\.ics").matcher(page);
        assertThat(m.find()).isTrue();
        mvc.perform(get("/calendar/" + m.group(1) + ".ics")).andExpect(status().isOk());
        mvc.perform(post("/diary/reports/calendar/revoke").with(signedIn()).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/calendar/" + m.group(1) + ".ics")).andExpect(status().isNotFound());
    }

    @Test
    void theApiDescriptionListsTheReports() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports/doctor.pdf'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/fhir'].get.responses['400']").exists());
    }
}
