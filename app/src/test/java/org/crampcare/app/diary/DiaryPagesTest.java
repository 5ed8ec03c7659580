package org.crampcare.app.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.crampcare.app.account.AccountId;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Place;
import org.crampcare.diary.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/** The diary's pages, without JavaScript: log a cramp in one tap, the nights, an entry, check-in, changes. */
@SpringBootTest(properties = "crampcare.emergency-number=999")
@AutoConfigureMockMvc
class DiaryPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Episodes episodes;

    AccountId a;

    @BeforeEach
    void account() {
        a = TestAccounts.create(jdbc, "Europe/London");
    }

    /** The form exactly as "Log a cramp" shows it: Save alone. */
    MockHttpServletRequestBuilder save(String key, String... changed) {
        var values = new java.util.LinkedHashMap<String, String>();
        values.put("idempotency_key", key);
        values.put("zone", "Europe/London");
        values.put("at", "");
        values.put("when", "now");
        values.put("time", "");
        values.put("place", "calf");
        values.put("side", "left");
        values.put("pain", "5");
        values.put("duration", "unknown");
        values.put("duration_seconds", "");
        values.put("woke_me", "");
        for (int i = 0; i < changed.length; i += 2) {
            values.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/diary/new").with(TestAccounts.as(a)).with(csrf());
        values.forEach(request::param);
        return request;
    }

    long logged(String key) throws Exception {
        String url = mvc.perform(save(key)).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.replaceAll("^/diary/(\\d+).*$", "$1"));
    }

    @Test
    void theFormHasNowPreselectedAndAFreshKey() throws Exception {
        mvc.perform(get("/diary/new").with(TestAccounts.as(a))).andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*name=\"when\" id=\"when-0\" value=\"now\" checked.*")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*name=\"idempotency_key\" value=\"[0-9a-f-]{36}\".*")))
                .andExpect(content().string(containsString("tel:999")));
    }

    @Test
    void saveAloneLogsACrampNow() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        mvc.perform(save(UUID.randomUUID().toString())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/diary/*?saved"));
        Episode e = episodes.latest(a).orElseThrow().episode();
        assertThat(e.at()).isAfter(before);
        assertThat(e.place()).isEqualTo(Place.CALF);
        assertThat(e.duration()).isEmpty();
    }

    @Test
    void theFormSentTwiceStoresOneCramp() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(logged(key)).isEqualTo(logged(key));
        assertThat(episodes.count(a)).isEqualTo(1);
    }

    @Test
    void theMomentTheScriptStampedIsTheTimeOfTheCramp() throws Exception {
        mvc.perform(save(UUID.randomUUID().toString(), "at", "2026-11-30T01:02:03Z")).andExpect(status().is3xxRedirection());
        assertThat(episodes.latest(a).orElseThrow().episode().at()).isEqualTo(Instant.parse("2026-11-30T01:02:03Z"));
    }

    @Test
    void aTimeIsReadInThePersonsZone() throws Exception {
        mvc.perform(save(UUID.randomUUID().toString(), "when", "time", "time", "2026-07-01T02:10",
                "zone", "Europe/Berlin")).andExpect(status().is3xxRedirection());
        Episode e = episodes.latest(a).orElseThrow().episode();
        assertThat(e.at()).isEqualTo(Instant.parse("2026-07-01T00:10:00Z"));
        assertThat(e.night().evening()).hasToString("2026-06-30");
    }

    @Test
    void aBadValueIs400WithTheFieldAndNothingIsStored() throws Exception {
        mvc.perform(save(UUID.randomUUID().toString(), "pain", "11")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#f-pain\"")))
                .andExpect(content().string(containsString("Choose how bad it was")));
        assertThat(episodes.count(a)).isZero();
    }

    @Test
    void aFormWithoutItsKeyIsShownAgainWithANewOne() throws Exception {
        mvc.perform(save("")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("out of date")));
        assertThat(episodes.count(a)).isZero();
    }

    @Test
    void anEntryWithChestPainShowsTheEmergencyAndTheNumberToCall() throws Exception {
        long id = logged(UUID.randomUUID().toString());
        mvc.perform(post("/diary/" + id + "/details").with(TestAccounts.as(a)).with(csrf())
                .param("red_flags", "chest_pain").param("helped", "").param("notes", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/diary/" + id).with(TestAccounts.as(a))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assessment\"")))
                .andExpect(content().string(containsString("banner-emergency")))
                .andExpect(content().string(containsString("Call 999 now")));
    }

    @Test
    void aCrampOverTenMinutesShowsTheAssessmentAtOnce() throws Exception {
        String url = mvc.perform(save(UUID.randomUUID().toString(), "duration", "over_10")).andReturn()
                .getResponse().getRedirectedUrl();
        mvc.perform(get(url).with(TestAccounts.as(a))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assessment\"")));
    }

    @Test
    void anOrdinaryEntryShowsNoAssessment() throws Exception {
        long id = logged(UUID.randomUUID().toString());
        mvc.perform(get("/diary/" + id).with(TestAccounts.as(a))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"assessment\""))));
    }

    @Test
    void theDiaryGroupsCrampsUnderTheirNightNewestFirst() throws Exception {
        Instant lateEvening = Instant.parse("2026-11-20T22:30:00Z");
        episodes.insert(a, episode(lateEvening), Instant.now());
        episodes.insert(a, episode(lateEvening.plus(Duration.ofHours(4))), Instant.now()); // 02:30: the same night
        episodes.insert(a, episode(lateEvening.minus(Duration.ofDays(3))), Instant.now());
        String page = mvc.perform(get("/diary?to=2026-11-25").with(TestAccounts.as(a))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("id=\"night-2026-11-20\"", -1)).hasSize(2);
        assertThat(page.indexOf("night-2026-11-20")).isLessThan(page.indexOf("night-2026-11-17"));
        assertThat(page.substring(page.indexOf("night-2026-11-20"), page.indexOf("night-2026-11-17"))
                .split("class=\"entry-link\"", -1)).hasSize(3);
    }

    static Episode episode(Instant at) {
        return new Episode(at, java.time.ZoneId.of("Europe/London"), Place.FOOT, Side.RIGHT, 3, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
    }

    @Test
    void sameAsLastTimeLogsTheLastPlacePainAndLengthNow() throws Exception {
        episodes.insert(a, new Episode(Instant.parse("2026-11-01T01:00:00Z"), java.time.ZoneId.of("Europe/London"),
                Place.TOES, Side.BOTH, 8, Optional.of(Duration.ofSeconds(180)), Optional.of(true), Optional.of("walking"),
                Optional.empty(), Set.of()), Instant.now());
        mvc.perform(post("/diary/again").with(TestAccounts.as(a)).with(csrf())
                .param("idempotency_key", UUID.randomUUID().toString()).param("zone", "Europe/London"))
                .andExpect(status().is3xxRedirection());
        Episode copy = episodes.latest(a).orElseThrow().episode();
        assertThat(copy.place()).isEqualTo(Place.TOES);
        assertThat(copy.pain()).isEqualTo(8);
        assertThat(copy.duration()).contains(Duration.ofSeconds(180));
        assertThat(copy.helped()).isEmpty();
        assertThat(copy.at()).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void deletingAsksFirstThenDeletes() throws Exception {
        long id = logged(UUID.randomUUID().toString());
        mvc.perform(get("/diary/" + id + "/delete").with(TestAccounts.as(a))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Yes, delete it")));
        assertThat(episodes.count(a)).isEqualTo(1);
        mvc.perform(post("/diary/" + id + "/delete").with(TestAccounts.as(a)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(episodes.count(a)).isZero();
    }

    @Test
    void aChangedEntryKeepsItsDetails() throws Exception {
        long id = logged(UUID.randomUUID().toString());
        mvc.perform(post("/diary/" + id + "/details").with(TestAccounts.as(a)).with(csrf()).param("notes", "after a walk"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/diary/" + id + "/edit").with(TestAccounts.as(a))).andExpect(status().isOk());
        mvc.perform(post("/diary/" + id + "/edit").with(TestAccounts.as(a)).with(csrf()).param("time", "2026-11-30T03:00")
                .param("place", "foot").param("side", "right").param("pain", "2").param("duration", "1_to_5")
                .param("woke_me", "yes")).andExpect(status().is3xxRedirection());
        Episode e = episodes.find(a, id).orElseThrow().episode();
        assertThat(e.place()).isEqualTo(Place.FOOT);
        assertThat(e.notes()).contains("after a walk");
        assertThat(e.wokeMe()).contains(true);
    }

    @Test
    void theCheckInIsSavedAndShownAgainOnePerDay() throws Exception {
        for (String water : new String[] { "1.5", "2" }) {
            mvc.perform(post("/diary/check-in").with(TestAccounts.as(a)).with(csrf()).param("day", "2026-11-30")
                    .param("water_litres", water).param("exercise", "light").param("stretched_before_bed", "yes"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/diary/check-in?day=2026-11-30").with(TestAccounts.as(a))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2\"")));
        assertThat(jdbc.sql("select count(*) from check_in where account_id = ?").param(a.value()).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aBadCheckInIs400WithTheField() throws Exception {
        mvc.perform(post("/diary/check-in").with(TestAccounts.as(a)).with(csrf()).param("day", "2026-11-30")
                .param("hours_standing", "30")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#f-hours_standing\"")));
    }

    @Test
    void aChangeIsAddedOnceAndListed() throws Exception {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/diary/changes").with(TestAccounts.as(a)).with(csrf()).param("idempotency_key", key)
                    .param("description", "started stretching every night").param("started", "2026-12-01"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/diary/changes").with(TestAccounts.as(a))).andExpect(status().isOk())
                .andExpect(content().string(containsString("started stretching every night")));
        assertThat(jdbc.sql("select count(*) from diary_change where account_id = ?").param(a.value())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aChangeThatEndsBeforeItStartsIs400() throws Exception {
        mvc.perform(post("/diary/changes").with(TestAccounts.as(a)).with(csrf())
                .param("idempotency_key", UUID.randomUUID().toString()).param("description", "magnesium")
                .param("started", "2026-12-01").param("ended", "2026-11-01")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#f-ended\"")));
    }

    @Test
    void theHomePageOffersLogACrampToSomeoneSignedInOnly() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(not(containsString("href=\"/diary/new\""))));
        mvc.perform(get("/").with(TestAccounts.as(a)).cookie(new Cookie("SESSION", "x")))
                .andExpect(content().string(containsString("href=\"/diary/new\"")));
        mvc.perform(get("/")).andExpect(content().string(not(containsString("href=\"/diary/new\""))));
    }

    @Test
    void theDiaryIsNotShownWithoutAnAccount() throws Exception {
        int status = mvc.perform(get("/diary")).andReturn().getResponse().getStatus();
        assertThat(status).isBetween(300, 499);
    }
}
