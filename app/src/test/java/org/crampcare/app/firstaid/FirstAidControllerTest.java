package org.crampcare.app.firstaid;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;

import org.crampcare.app.config.WebSliceConfig;
import org.crampcare.app.library.Library;
import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@WebMvcTest(FirstAidController.class)
@Import({ WebSliceConfig.class, Library.class, FirstAidPages.class })
class FirstAidControllerTest {
    static final List<String> SLUGS = List.of("calf", "foot-and-toes", "front-of-thigh", "back-of-thigh", "night",
            "water", "sport", "child-cramp", "child-fit", "seizure", "general");

    @Autowired
    MockMvc mvc;
    @Autowired
    KnowledgeBase kb;
    @Autowired
    FirstAidPages pages;

    static Stream<String> slugs() {
        return SLUGS.stream();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theWayInAsksWhetherThePersonIsFullyAwakeAndAware() throws Exception {
        assertThat(page("/first-aid")).contains("Is the person fully awake and aware?");
    }

    @Test
    void theWayInLinksEveryMuscleAndSituationDirectly() throws Exception {
        String body = page("/first-aid");
        for (String slug : SLUGS) {
            assertThat(body).contains("href=\"/first-aid/" + slug + "\"");
        }
    }

    @Test
    void answeringNoLeadsToTheSeizurePageFirst() throws Exception {
        String body = page("/first-aid");
        String no = body.substring(body.indexOf("answer-no"), body.indexOf("answer-yes"));
        assertThat(no).contains("href=\"/first-aid/seizure\"");
        assertThat(no.indexOf("/first-aid/seizure")).isLessThan(no.indexOf("/first-aid/child-fit"));
    }

    @Test
    void theLinksAreNamedByTheirEntryTitles() throws Exception {
        assertThat(page("/first-aid")).contains(HtmlUtils.htmlEscape(kb.entry("first_aid_calf").orElseThrow().title()));
    }

    @ParameterizedTest
    @MethodSource("slugs")
    void eachPageShowsItsStepsInOrder(String slug) throws Exception {
        Entry entry = kb.entry(pages.bySlug(slug).orElseThrow().entry()).orElseThrow();
        String body = page("/first-aid/" + slug);
        int at = body.indexOf("<ol class=\"steps\"");
        assertThat(at).isPositive();
        for (String step : entry.steps()) {
            int next = body.indexOf("<li>" + HtmlUtils.htmlEscape(step) + "</li>", at);
            assertThat(next).as("step in order: %s", step).isGreaterThan(at);
            at = next;
        }
    }

    @ParameterizedTest
    @MethodSource("slugs")
    void eachPageShowsTheEmergencyNumberTheDisclaimerAndWhereToGetHelp(String slug) throws Exception {
        assertThat(page("/first-aid/" + slug)).contains("tel:112", "Get help",
                HtmlUtils.htmlEscape(kb.rules().disclaimer()));
    }

    @Test
    void theSeizurePageLeadsWithCallingTheEmergencyNumber() throws Exception {
        String body = page("/first-aid/seizure");
        int call = body.indexOf("tel:112", body.indexOf("<h1"));
        assertThat(call).isPositive().isLessThan(body.indexOf("<ol class=\"steps\""));
    }

    @Test
    void aCrampPageOffersTheSymptomCheck() throws Exception {
        assertThat(page("/first-aid/calf")).contains("href=\"/assessment\"");
    }

    @Test
    void aPageShowsItsSummaryGradeAndSources() throws Exception {
        Entry calf = kb.entry("first_aid_calf").orElseThrow();
        assertThat(page("/first-aid/calf")).contains(HtmlUtils.htmlEscape(calf.summary()),
                HtmlUtils.htmlEscape(calf.grade().label()),
                HtmlUtils.htmlEscape(kb.source(calf.sources().get(0)).orElseThrow().title()));
    }

    @Test
    void relatedFirstAidSituationsLinkToTheirFirstAidPages() throws Exception {
        assertThat(page("/first-aid/calf")).contains("href=\"/first-aid/general\"");
    }

    @Test
    void aPageCarriesTheOfflineNoteForItsScript() throws Exception {
        assertThat(page("/first-aid/calf")).contains("id=\"offline-note\"", "hidden", "/js/offline-");
    }

    @Test
    void postingToAFirstAidPageIs405NotAnError() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/first-aid/calf").with(csrf()))
                .andExpect(status().isMethodNotAllowed()).andExpect(content().string(containsString("tel:112")));
    }

    @Test
    void anUnknownFirstAidPageIsAFriendly404() throws Exception {
        mvc.perform(get("/first-aid/elbow")).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("tel:112"), containsString("/first-aid"))));
    }
}
