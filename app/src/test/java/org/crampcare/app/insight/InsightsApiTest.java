package org.crampcare.app.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.diary.Changes;
import org.crampcare.app.diary.CheckIns;
import org.crampcare.app.diary.Episodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class InsightsApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Episodes episodes;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Changes changes;

    Seeded seeded;
    AccountId anna;

    @BeforeEach
    void seed() {
        seeded = new Seeded(jdbc, episodes, checkIns, changes);
        anna = seeded.account();
    }

    /**
     * A worked example: 21 nights before the change with 13 cramps, 21 nights after with 5 (no run-in). By hand: 13 x 7
     * / 21 = 4.33 a week before, 5 x 7 / 21 = 1.67 after, ratio (5/21) / (13/21) = 0.385; the exact interval's lower
     * end: the Beta(5, 14) 2.5% quantile p = 0.0969, p / (1 - p) x 21/21 = 0.107.
     */
    long workedExample() {
        var start = Seeded.today().minusDays(22);
        for (int d = 0; d < 12; d++) {
            seeded.cramp(anna, start.minusDays(21 - d));
        }
        seeded.cramp(anna, start.minusDays(21)); // the first night of the diary, so the before side has 21 nights
        for (int d = 0; d < 5; d++) {
            seeded.cramp(anna, start.plusDays(4 * d));
        }
        seeded.checkIn(anna, start.plusDays(20), ""); // the last night of the diary: 21 nights after
        return seeded.change(anna, "Magnesium", start);
    }

    @Test
    void theComparisonGivesTheCountsRatesAndRatioWorkedOutByHand() throws Exception {
        long id = workedExample();
        mvc.perform(get("/api/v1/changes/" + id + "/comparison?run_in=0").with(Seeded.as(anna)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.before.cramps").value(13)).andExpect(jsonPath("$.before.nights").value(21))
                .andExpect(jsonPath("$.after.cramps").value(5)).andExpect(jsonPath("$.after.nights").value(21))
                .andExpect(jsonPath("$.before.per_week", closeTo(13 * 7 / 21.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.after.per_week", closeTo(5 * 7 / 21.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.ratio.ratio", closeTo(5 / 13.0, 1e-9), Double.class))
                .andExpect(jsonPath("$.ratio.lower", closeTo(0.107, 0.002), Double.class))
                .andExpect(jsonPath("$.run_in_nights").value(0))
                .andExpect(jsonPath("$.verdict").exists()).andExpect(jsonPath("$.verdict_key").exists())
                .andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.startsWith("Cramps went from 4.3 to 1.7 a week.")));
    }

    @Test
    void theDefaultRunInLeavesOutTheFirstWeek() throws Exception {
        long id = workedExample();
        mvc.perform(get("/api/v1/changes/" + id + "/comparison").with(Seeded.as(anna))).andExpect(status().isOk())
                .andExpect(jsonPath("$.run_in_nights").value(7)).andExpect(jsonPath("$.after.nights").value(14))
                .andExpect(jsonPath("$.run_in_note").value("The first 7 nights after the start are left out, to give the change time to work."));
    }

    @Test
    void anotherPersonsChangeIsA404LikeAMissingOne() throws Exception {
        long id = workedExample();
        AccountId bob = seeded.account();
        String theirs = mvc.perform(get("/api/v1/changes/" + id + "/comparison").with(Seeded.as(bob)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String missing = mvc.perform(get("/api/v1/changes/" + (id + 100_000) + "/comparison").with(Seeded.as(bob)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        // the id only where it is the id (a bare "1" would also be the one of /api/v1)
        assertThat(theirs.replace("/changes/" + id + "/", "/changes/ID/"))
                .isEqualTo(missing.replace("/changes/" + (id + 100_000) + "/", "/changes/ID/"));
    }

    @Test
    void aRunInThatIsNotANumberOfNightsIsA400NamingIt() throws Exception {
        long id = workedExample();
        mvc.perform(get("/api/v1/changes/" + id + "/comparison?run_in=-3").with(Seeded.as(anna)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("run_in"));
    }

    @Test
    void theInsightsGiveCountsWeeksTrendHoursPlacesFactorsAndAlerts() throws Exception {
        seeded.selfCareNotImproving(anna);
        mvc.perform(get("/api/v1/insights").with(Seeded.as(anna))).andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(Seeded.today().minusWeeks(12).plusDays(1).toString()))
                .andExpect(jsonPath("$.counts.cramps").value(18))
                .andExpect(jsonPath("$.weeks.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(12)))
                .andExpect(jsonPath("$.trend.verdict").value("no_clear_trend"))
                .andExpect(jsonPath("$.hours.length()").value(24))
                .andExpect(jsonPath("$.places[0].place").value("calf")).andExpect(jsonPath("$.places[0].cramps").value(18))
                .andExpect(jsonPath("$.factors.length()").value(7))
                .andExpect(jsonPath("$.factors[0].verdict").value("too_few_days"))
                .andExpect(jsonPath("$.usual_time.median").value("02:30"))
                .andExpect(jsonPath("$.alerts").isArray());
    }

    @Test
    void aBadDateIsA400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/insights?from=2026-12-01&to=2026-13-01").with(Seeded.as(anna)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("to"));
    }

    @Test
    void theInsightsNeedSigningIn() throws Exception {
        mvc.perform(get("/api/v1/insights")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiDescriptionTypesTheInsightsAndTheComparison() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(doc).contains("/api/v1/insights", "/api/v1/changes/{id}/comparison", "/api/v1/reports/diary.csv",
                "\"Insights\"", "\"ChangeComparison\"", "per_week", "run_in_note");
    }
}
