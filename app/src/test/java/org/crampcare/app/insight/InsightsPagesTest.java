package org.crampcare.app.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.diary.Changes;
import org.crampcare.app.diary.CheckIns;
import org.crampcare.app.diary.DiaryAlerts;
import org.crampcare.app.diary.DiaryTriage;
import org.crampcare.app.diary.Episodes;
import org.crampcare.app.diary.RedFlagAssessment;
import org.crampcare.diary.Episode;
import org.crampcare.diary.RedFlag;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.rules.Level;
import org.crampcare.rules.TriageRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@SpringBootTest
@AutoConfigureMockMvc
class InsightsPagesTest {
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
    @Autowired
    DiaryTriage triage;
    @Autowired
    RedFlagAssessment redFlags;
    @Autowired
    KnowledgeBase kb;

    Seeded seeded;
    AccountId anna;

    @BeforeEach
    void seed() {
        seeded = new Seeded(jdbc, episodes, checkIns, changes);
        anna = seeded.account();
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(Seeded.as(anna))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    String rule(String id) {
        return kb.rules().triage().stream().filter(r -> r.id().equals(id)).map(TriageRule::text).findFirst()
                .orElseThrow();
    }

    @Test
    void theInsightsPageShowsTheChartsWithTheirTablesAndTheComparisonOfEachChange() throws Exception {
        seeded.selfCareNotImproving(anna);
        String html = page("/diary/insights");
        assertThat(html).contains("<svg", "role=\"img\"", "Cramps per week", "The numbers behind this chart",
                "Did it help me?", "Stretching before bed",
                // by hand: 8 cramps in the 26 nights before (2.2 a week), 8 in the 27 after the run-in (2.1)
                "<td>8</td><td>8</td>", "<td>26</td><td>27</td>", "Cramps went from 2.2 to 2.1 a week: no clear difference",
                "The first 7 nights after the start are left out", "times the rate (95% interval");
        assertThat(html).doesNotContain("style=\"", "insights.", "??");
    }

    @Test
    void theDefaultPeriodIsTheLastTwelveWeeks() throws Exception {
        String html = page("/diary/insights");
        assertThat(html).contains("value=\"" + Seeded.today().minusWeeks(12).plusDays(1) + "\"",
                "value=\"" + Seeded.today() + "\"");
    }

    @Test
    void aChosenPeriodIsShownAndCountedAlone() throws Exception {
        seeded.cramp(anna, Seeded.today().minusDays(40));
        seeded.cramp(anna, Seeded.today().minusDays(3));
        String from = Seeded.today().minusDays(10).toString();
        String html = page("/diary/insights?from=" + from + "&to=" + Seeded.today());
        assertThat(html).contains("value=\"" + from + "\"", "1 cramp in the");
    }

    @Test
    void tooFewCheckInsSayPlainlyThatTheDaysAreTooFew() throws Exception {
        seeded.cramp(anna, Seeded.today().minusDays(3));
        seeded.checkIn(anna, Seeded.today().minusDays(3), "");
        assertThat(HtmlUtils.htmlUnescape(page("/diary/insights"))).contains("Too few days to compare yet");
    }

    @Test
    void aDateThatIsNotADateIsA400PageNamingTheField() throws Exception {
        String html = mvc.perform(get("/diary/insights?from=yesterday&to=2026-12-01").with(Seeded.as(anna)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(html)).contains("href=\"#f-from\"", "The value of 'from' is not a date");
    }

    @Test
    void theInsightsPageNeedsSigningIn() throws Exception {
        mvc.perform(get("/diary/insights")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theDiaryNavigationLinksTheInsights() throws Exception {
        assertThat(page("/diary/changes")).contains("href=\"/diary/insights\"");
    }

    // ------------------------------------------------------------------ the diary feeds the triage

    @Test
    void weeklyCrampsNotImprovingAfterFiveWeeksOfSelfCareGoToTheDoctorByTheSelfCareRule() {
        seeded.selfCareNotImproving(anna);
        var checked = triage.check(anna);
        assertThat(checked.history().json().get("improving").asBoolean()).isFalse();
        assertThat(checked.step().level()).isEqualTo(Level.DOCTOR);
        assertThat(checked.step().result().triage().reasons()).extracting(r -> r.id())
                .contains("not_improving_with_self_care").doesNotContain("frequent_cramps");
    }

    @Test
    void checkMyCrampsWithMyDiaryShowsTheDoctorLevelWithTheSelfCareRulesReason() throws Exception {
        seeded.selfCareNotImproving(anna);
        String html = HtmlUtils.htmlUnescape(page("/diary/insights/check"));
        assertThat(html).contains("banner-doctor", rule("not_improving_with_self_care").substring(0, 60));
    }

    @Test
    void anEntryWithARedFlagIsAssessedWithTheDiarysHistory() throws Exception {
        for (int d = 2; d < 30; d += 2) {
            seeded.cramp(anna, Seeded.today().minusDays(d));
        }
        long id = seeded.cramp(anna, Seeded.today().minusDays(1), 6, Set.of(RedFlag.DARK_URINE), "");
        // three or more a week in the diary: frequent_cramps fires beside the red flag's own rule
        assertThat(HtmlUtils.htmlUnescape(page("/diary/" + id))).contains(rule("frequent_cramps").substring(0, 60));
    }

    @Test
    void anEntryWithARedFlagInAnEmptyDiaryHasNoHistoryReason() throws Exception {
        long id = seeded.cramp(anna, Seeded.today().minusDays(1), 6, Set.of(RedFlag.DARK_URINE), "");
        Episode e = episodes.find(anna, id).orElseThrow().episode();
        assertThat(redFlags.assess(anna, e, Seeded.today())).isPresent();
        assertThat(HtmlUtils.htmlUnescape(page("/diary/" + id))).doesNotContain(rule("frequent_cramps").substring(0, 60));
    }

    // ------------------------------------------------------------------ alerts on the diary page

    @Test
    void theDiaryListGetsItsAlertsWithoutItsControllerKnowing() throws Exception {
        seeded.cramp(anna, Seeded.today().minusDays(10));
        for (int d = 1; d <= 4; d++) {
            seeded.cramp(anna, Seeded.today().minusDays(d));
        }
        seeded.cramp(anna, Seeded.today().minusDays(2), 7, Set.of(RedFlag.CALF_SWELLING_ONE_SIDE), "");
        var result = mvc.perform(get("/diary").with(Seeded.as(anna))).andExpect(status().isOk())
                .andExpect(model().attributeExists("diaryAlerts")).andReturn();
        @SuppressWarnings("unchecked")
        List<DiaryAlerts.AlertView> alerts = (List<DiaryAlerts.AlertView>) result.getModelAndView().getModel()
                .get("diaryAlerts");
        assertThat(alerts).extracting(DiaryAlerts.AlertView::kind).containsExactly("frequent", "red_flag");
        assertThat(alerts.get(0).advice()).contains(rule("frequent_cramps"));
    }

    @SuppressWarnings("unchecked")
    private List<String> alertKinds() throws Exception {
        var result = mvc.perform(get("/diary").with(Seeded.as(anna))).andExpect(status().isOk()).andReturn();
        return ((List<DiaryAlerts.AlertView>) result.getModelAndView().getModel().get("diaryAlerts")).stream()
                .map(DiaryAlerts.AlertView::kind).toList();
    }

    @Test
    void theKeptAlertsFollowEveryChangeToTheDiaryWhoeverMadeIt() throws Exception {
        seeded.cramp(anna, Seeded.today().minusDays(10));
        assertThat(alertKinds()).isEmpty();
        assertThat(alertKinds()).isEmpty(); // kept now
        long flagged = seeded.cramp(anna, Seeded.today().minusDays(2), 7, Set.of(RedFlag.CALF_SWELLING_ONE_SIDE), "");
        assertThat(alertKinds()).containsExactly("red_flag");
        // an edit made elsewhere (another instance, straight in the database): the flag is taken off
        jdbc.sql("update episode set red_flags = '', duration_seconds = 60, updated_at = ? where id = ?")
                .param(java.time.OffsetDateTime.now().plusSeconds(1)).param(flagged).update();
        assertThat(alertKinds()).isEmpty();
        for (int d = 1; d <= 4; d++) {
            seeded.cramp(anna, Seeded.today().minusDays(d));
        }
        assertThat(alertKinds()).containsExactly("frequent");
        jdbc.sql("delete from episode where account_id = ? and id <> ?").param(anna.value()).param(flagged).update();
        assertThat(alertKinds()).isEmpty();
    }

    @Test
    void otherDiaryPagesDoNotComputeTheAlerts() throws Exception {
        seeded.cramp(anna, Seeded.today().minusDays(10));
        for (int d = 1; d <= 4; d++) {
            seeded.cramp(anna, Seeded.today().minusDays(d));
        }
        var result = mvc.perform(get("/diary/new").with(Seeded.as(anna))).andReturn();
        assertThat((List<?>) result.getModelAndView().getModel().get("diaryAlerts")).isEmpty();
    }

    @Test
    void theInsightsPageShowsTheAlertsAtTheTop() throws Exception {
        seeded.cramp(anna, Seeded.today().minusDays(10));
        for (int d = 1; d <= 4; d++) {
            seeded.cramp(anna, Seeded.today().minusDays(d));
        }
        String html = page("/diary/insights");
        assertThat(html).contains("What your diary shows", "cramps in the last 7 nights you logged");
        assertThat(html.indexOf("alerts-title")).isLessThan(html.indexOf("charts-title"));
    }
}
