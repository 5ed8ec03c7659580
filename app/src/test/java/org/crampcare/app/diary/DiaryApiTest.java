package org.crampcare.app.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.account.DataExported;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

/** The diary API: creates with idempotency keys, lists, merge patches, deletes, export; bad input is 400 with pointers. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DiaryApiTest.Exports.class)
class DiaryApiTest {
    static final String BODY = """
            {"at":"2026-12-01T23:10:00Z","zone":"Europe/Moscow","place":"calf","side":"left","pain":6,
             "duration_seconds":120,"woke_me":true,"notes":"=HYPERLINK(\\"x\\")"}""";

    /** Records every DataExported event. */
    @TestConfiguration
    static class Exports {
        final List<DataExported> events = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventListener
        void on(DataExported e) {
            events.add(e);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Exports exports;

    AccountId a;

    @BeforeEach
    void account() {
        a = TestAccounts.create(jdbc, "Europe/Moscow");
    }

    MockHttpServletRequestBuilder create(String key, String body) {
        return post(EpisodeApiController.PATH).with(TestAccounts.as(a)).with(csrf()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    JsonNode json(MvcResult r) {
        return DiaryJson.MAPPER.readTree(r.getResponse().getContentAsByteArray());
    }

    int count(String table) {
        return jdbc.sql("select count(*) from " + table + " where account_id = ?").param(a.value()).query(Integer.class)
                .single();
    }

    @Test
    void aCreateAnswers201WithItsAddressAndEveryField() throws Exception {
        MvcResult r = mvc.perform(create(UUID.randomUUID().toString(), BODY)).andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/episodes/")))
                .andExpect(jsonPath("$.night").value("2026-12-01"))
                .andExpect(jsonPath("$.place").value("calf"))
                .andExpect(jsonPath("$.pain").value(6))
                .andExpect(jsonPath("$.helped").isEmpty())
                .andExpect(jsonPath("$.red_flags").isArray()).andReturn();
        mvc.perform(get(r.getResponse().getHeader("Location")).with(TestAccounts.as(a)))
                .andExpect(status().isOk()).andExpect(content().bytes(r.getResponse().getContentAsByteArray()));
    }

    @Test
    void aTimeToTheNanosecondIsKeptToTheMicrosecondAndTheAnswerIsWhatIsStored() throws Exception {
        String body = """
                {"at":"2026-12-01T23:10:00.123456789Z","zone":"Europe/Moscow","place":"foot","side":"both","pain":3,
                 "duration_seconds":45,"woke_me":true,"helped":"standing up","notes":"ночь","red_flags":["dark_urine"]}""";
        MvcResult r = mvc.perform(create(UUID.randomUUID().toString(), body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.at").value("2026-12-01T23:10:00.123456Z")).andReturn();
        mvc.perform(get(r.getResponse().getHeader("Location")).with(TestAccounts.as(a)))
                .andExpect(status().isOk()).andExpect(content().bytes(r.getResponse().getContentAsByteArray()));
    }

    @Test
    void theSameKeyAgainAnswersTheSameBodyAndStoresNothingMore() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] first = mvc.perform(create(key, BODY)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsByteArray();
        mvc.perform(create(key, BODY)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true")).andExpect(content().bytes(first));
        assertThat(count("episode")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create(key, BODY)).andExpect(status().isCreated());
        mvc.perform(create(key, BODY.replace("\"pain\":6", "\"pain\":2"))).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("idempotency_key_reused"));
        assertThat(count("episode")).isEqualTo(1);
    }

    @Test
    void aCreateWithoutAKeyIs400NamingTheHeader() throws Exception {
        mvc.perform(post(EpisodeApiController.PATH).with(TestAccounts.as(a)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.details[0].parameter").value("Idempotency-Key"));
        assertThat(count("episode")).isZero();
    }

    @Test
    void everyBadFieldIsReportedWithItsPointer() throws Exception {
        mvc.perform(create(UUID.randomUUID().toString(), """
                        {"at":"yesterday","place":"knee","side":"left","pain":11,"red_flags":["dark_urine","x"],"colour":1}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.details[*].pointer").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "/at", "/colour", "/pain", "/place", "/red_flags/1")));
        assertThat(count("episode")).isZero();
    }

    @Test
    void malformedJsonIs400NeverAnError() throws Exception {
        mvc.perform(create(UUID.randomUUID().toString(), "{\"pain\": 3,")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.details[0].pointer").value(""));
        mvc.perform(create(UUID.randomUUID().toString(), "{\"pain\": 3, \"pain\": 4}")).andExpect(status().isBadRequest());
        mvc.perform(create(UUID.randomUUID().toString(), "[1]")).andExpect(status().isBadRequest());
    }

    @Test
    void aPatchChangesOnlyWhatItSendsAndNullClears() throws Exception {
        String location = mvc.perform(create(UUID.randomUUID().toString(), BODY)).andReturn().getResponse()
                .getHeader("Location");
        mvc.perform(patch(location).with(TestAccounts.as(a)).with(csrf()).contentType("application/merge-patch+json")
                        .content("{\"pain\":3,\"woke_me\":null,\"helped\":\"standing up\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pain").value(3))
                .andExpect(jsonPath("$.woke_me").isEmpty()).andExpect(jsonPath("$.helped").value("standing up"))
                .andExpect(jsonPath("$.duration_seconds").value(120));
    }

    @Test
    void aBadPatchIs400WithThePointerAndLeavesTheEntryUnchanged() throws Exception {
        MvcResult created = mvc.perform(create(UUID.randomUUID().toString(), BODY)).andReturn();
        String location = created.getResponse().getHeader("Location");
        mvc.perform(patch(location).with(TestAccounts.as(a)).with(csrf()).contentType("application/merge-patch+json")
                        .content("{\"pain\":3,\"side\":\"up\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.details[0].pointer").value("/side"));
        mvc.perform(patch(location).with(TestAccounts.as(a)).with(csrf()).contentType("application/merge-patch+json")
                        .content("{\"place\":null}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.details[0].pointer").value("/place"));
        mvc.perform(get(location).with(TestAccounts.as(a)))
                .andExpect(content().bytes(created.getResponse().getContentAsByteArray()));
    }

    @Test
    void theListIsOfTheNightsAskedFor() throws Exception {
        mvc.perform(create(UUID.randomUUID().toString(), BODY)).andExpect(status().isCreated());
        mvc.perform(create(UUID.randomUUID().toString(), BODY.replace("2026-12-01T23:10", "2026-11-20T23:10")))
                .andExpect(status().isCreated());
        mvc.perform(get(EpisodeApiController.PATH + "?from=2026-12-01&to=2026-12-01").with(TestAccounts.as(a)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.episodes.length()").value(1))
                .andExpect(jsonPath("$.episodes[0].night").value("2026-12-01"));
    }

    @Test
    void aBadPeriodIs400NamingTheParameter() throws Exception {
        mvc.perform(get(EpisodeApiController.PATH + "?from=2026-13-01").with(TestAccounts.as(a)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.details[0].parameter").value("from"));
        mvc.perform(get(EpisodeApiController.PATH + "?from=2026-12-02&to=2026-12-01").with(TestAccounts.as(a)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDeleteRemovesTheEntryAndItIsThen404() throws Exception {
        String location = mvc.perform(create(UUID.randomUUID().toString(), BODY)).andReturn().getResponse()
                .getHeader("Location");
        mvc.perform(delete(location).with(TestAccounts.as(a)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get(location).with(TestAccounts.as(a))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete(location).with(TestAccounts.as(a)).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aRetryAfterTheEntryWasDeletedIs410AndDoesNotMakeItAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        String location = mvc.perform(create(key, BODY)).andReturn().getResponse().getHeader("Location");
        mvc.perform(delete(location).with(TestAccounts.as(a)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(create(key, BODY)).andExpect(status().isGone());
        assertThat(count("episode")).isZero();
    }

    @Test
    void aSecondCheckInForADayIs409PointingAtTheDay() throws Exception {
        String body = "{\"day\":\"2026-12-01\",\"stretched_before_bed\":true,\"exercise\":\"hard\",\"water_litres\":1.5}";
        mvc.perform(post(CheckInApiController.PATH).with(TestAccounts.as(a)).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.exercise").value("hard"))
                .andExpect(jsonPath("$.magnesium").isEmpty());
        mvc.perform(post(CheckInApiController.PATH).with(TestAccounts.as(a)).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.details[0].pointer").value("/day"));
        assertThat(count("check_in")).isEqualTo(1);
    }

    @Test
    void aChangeThatEndsBeforeItStartsIs400AtEnded() throws Exception {
        mvc.perform(post(ChangeApiController.PATH).with(TestAccounts.as(a)).with(csrf())
                        .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"stretching\",\"started\":\"2026-12-01\",\"ended\":\"2026-11-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.details[0].pointer").value("/ended"));
        assertThat(count("diary_change")).isZero();
    }

    @Test
    void theExportHasEverythingOfTheOwnerAndIsLogged() throws Exception {
        mvc.perform(create(UUID.randomUUID().toString(), BODY)).andExpect(status().isCreated());
        mvc.perform(post(ChangeApiController.PATH).with(TestAccounts.as(a)).with(csrf())
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"description\":\"stretching\",\"started\":\"2026-12-01\"}")).andExpect(status().isCreated());
        exports.events.clear();
        mvc.perform(get(ExportController.API).with(TestAccounts.as(a))).andExpect(status().isOk())
                .andExpect(jsonPath("$.episodes.length()").value(1)).andExpect(jsonPath("$.changes.length()").value(1))
                .andExpect(jsonPath("$.episodes[0].zone").value("Europe/Moscow"));
        assertThat(exports.events).extracting(DataExported::account).containsExactly(a);
    }

    @Test
    void theCsvHasABomEveryColumnAndNoFormula() throws Exception {
        mvc.perform(create(UUID.randomUUID().toString(), BODY)).andExpect(status().isCreated());
        byte[] csv = mvc.perform(get("/diary/export.csv").with(TestAccounts.as(a))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFrecord,id,night,at,zone,local_time,place,side,pain,duration_seconds");
        assertThat(text).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain("\"=HYPERLINK");
        assertThat(text.lines().count()).isEqualTo(2);
    }

    @Test
    void theDescriptionDescribesTheDiaryEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/episodes'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/episodes/{id}'].patch").exists())
                .andExpect(jsonPath("$.components.schemas.EpisodeInput.additionalProperties").value(false))
                .andExpect(jsonPath("$.paths['/diary/export.csv']").doesNotExist());
    }

    @Test
    void anEntryWithoutAZoneTakesTheAccountsAndOneWithAZoneKeepsItsOwn() throws Exception {
        mvc.perform(create("zone-none-1", """
                {"at":"2026-12-01T23:10:00Z","place":"calf","side":"left","pain":3}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.zone").value("Europe/Moscow"))
                .andExpect(jsonPath("$.night").value("2026-12-01"));
        mvc.perform(create("zone-given-1", """
                {"at":"2026-12-01T23:10:00Z","zone":"America/New_York","place":"calf","side":"left","pain":3}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.zone").value("America/New_York"));
    }
}
