package org.crampcare.app.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.crampcare.app.config.WebSliceConfig;
import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Topic;
import org.crampcare.knowledge.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@WebMvcTest({ LibraryController.class, KnowledgeApiController.class })
@Import({ WebSliceConfig.class, Library.class, LibrarySearch.class })
class LibraryControllerTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    KnowledgeBase kb;

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    @Test
    void theLibraryListsEveryTopicThatHasEntries() throws Exception {
        var page = mvc.perform(get("/library")).andExpect(status().isOk());
        for (Topic t : Topic.values()) {
            if (kb.entries().stream().anyMatch(e -> e.topic() == t)) {
                page.andExpect(content().string(containsString(html(t.label()))));
            }
        }
        page.andExpect(content().string(containsString("href=\"/library/what_is_a_cramp\"")));
    }

    @Test
    void aTopicPageShowsTitlesSummariesAndVerdicts() throws Exception {
        Entry needle = kb.entry("needle_prick").orElseThrow();
        mvc.perform(get("/library/topics/folk-remedies")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(html(needle.title())),
                        containsString(html(needle.summary())), containsString("Not recommended"))));
    }

    @Test
    void anEntryPageShowsItsGradeSourcesAndSummary() throws Exception {
        Entry magnesium = kb.entry("magnesium").orElseThrow();
        String source = kb.source(magnesium.sources().get(0)).orElseThrow().title();
        mvc.perform(get("/library/magnesium")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(html(magnesium.grade().label())),
                        containsString(html(source)), containsString(html(magnesium.summary())))));
    }

    @Test
    void anEntryPageRendersItsBodyFromMarkdown() throws Exception {
        mvc.perform(get("/library/first_aid_general")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>What some websites get wrong</strong>")));
    }

    @Test
    void aNotRecommendedEntrySaysWhyProminently() throws Exception {
        Entry notRecommended = kb.entries().stream()
                .filter(e -> e.verdict().filter(v -> v == Verdict.NOT_RECOMMENDED).isPresent()).findFirst()
                .orElseThrow();
        mvc.perform(get("/library/" + notRecommended.id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Not recommended:"),
                        containsString(html(notRecommended.why().orElseThrow())))));
    }

    @Test
    void anEntryPageLinksRelatedEntriesAndSaysWhenItWasLastReviewedButNotTheArticleHeadings() throws Exception {
        Entry calf = kb.entry("first_aid_calf").orElseThrow();
        mvc.perform(get("/library/first_aid_calf")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/library/" + calf.related().get(0) + "\""),
                        containsString("Last reviewed"), containsString("datetime=\"" + calf.lastReviewed() + "\""),
                        not(containsString("Covers in the source article")), not(containsString(html(calf.covers().get(0)))))));
    }

    @Test
    void everyGradeBadgeLinksToTheKeyOfGrades() throws Exception {
        Entry calf = kb.entry("first_aid_calf").orElseThrow();
        mvc.perform(get("/library/first_aid_calf")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/library/evidence#grade-" + calf.grade().key() + "\"")));
    }

    @Test
    void theKeyOfGradesExplainsEveryGradeInPlainWords() throws Exception {
        String page = mvc.perform(get("/library/evidence")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        for (org.crampcare.knowledge.Grade g : org.crampcare.knowledge.Grade.values()) {
            assertThat(page).contains("id=\"grade-" + g.key() + "\"", html(g.label()));
        }
        assertThat(page).doesNotContain("See the sources listed with the advice.");
    }

    @Test
    void sourcesWithAnAddressAreLinks() throws Exception {
        Entry calf = kb.entry("first_aid_calf").orElseThrow();
        org.crampcare.knowledge.Source withUrl = calf.sources().stream().map(id -> kb.sources().stream()
                .filter(s -> s.id().equals(id)).findFirst().orElseThrow()).filter(s -> s.url().isPresent())
                .findFirst().orElseThrow();
        mvc.perform(get("/library/first_aid_calf")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + withUrl.url().get() + "\"")));
    }

    @Test
    void anExerciseEntryShowsItsDrawing() throws Exception {
        mvc.perform(get("/library/exercise_wall_calf_stretch")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("src=\"/img/exercises/exercise_wall_calf_stretch.svg\""),
                        containsString("alt=\"Drawing: Wall calf stretch\""))));
    }

    @Test
    void anExerciseEntryShowsItsTiming() throws Exception {
        mvc.perform(get("/library/exercise_wall_calf_stretch")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Timing"), containsString("10 seconds"))));
    }

    @Test
    void anUnknownEntryIsAFriendly404WithTheEmergencyNumber() throws Exception {
        mvc.perform(get("/library/no_such_entry")).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("Page not found"), containsString("tel:112"))));
    }

    @Test
    void aMalformedEntryIdIsA404NotAnError() throws Exception {
        mvc.perform(get("/library/{id}", "Not.An-Id")).andExpect(status().isNotFound());
        mvc.perform(get("/library/{id}", "x".repeat(300))).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownTopicIsA404() throws Exception {
        mvc.perform(get("/library/topics/astrology")).andExpect(status().isNotFound());
    }

    @Test
    void libraryPagesShowTheEmergencyNumberTheDisclaimerAndTheSearchForm() throws Exception {
        for (String url : new String[] { "/library", "/library/topics/causes", "/library/magnesium",
                "/library/search?q=magnesium" }) {
            mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().string(allOf(
                    containsString("tel:112"), containsString(html(kb.rules().disclaimer())),
                    containsString("action=\"/library/search\""))));
        }
    }

    @Test
    void searchShowsResultsWithMarkedMatches() throws Exception {
        mvc.perform(get("/library/search").param("q", "magnesium")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<mark>"), containsString("href=\"/library/magnesium\""))));
    }

    @Test
    void searchForConvulsionShowsTheSeizureEntriesFirst() throws Exception {
        String body = mvc.perform(get("/library/search").param("q", "convulsion")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int seizure = Math.min(indexOr(body, "/library/epileptic_seizure"), indexOr(body, "/library/first_aid_seizure"));
        int other = indexOr(body, "/library/febrile_seizure");
        org.assertj.core.api.Assertions.assertThat(seizure).isLessThan(other);
    }

    private static int indexOr(String body, String s) {
        int i = body.indexOf("href=\"" + s + "\"");
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    @Test
    void theSearchedWordsAreShownEscaped() throws Exception {
        mvc.perform(get("/library/search").param("q", "<b>cramp</b>")).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<b>cramp</b>")),
                        containsString("&lt;b&gt;cramp&lt;/b&gt;"))));
    }

    @Test
    void anEmptySearchIs400WithAClearMessage() throws Exception {
        mvc.perform(get("/library/search").param("q", "   ")).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Type a word"), containsString("tel:112"))));
    }

    @Test
    void aMissingSearchIs400WithAClearMessage() throws Exception {
        mvc.perform(get("/library/search")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Type a word")));
    }

    @Test
    void anOverLongSearchIs400WithAClearMessage() throws Exception {
        mvc.perform(get("/library/search").param("q", "a".repeat(201))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 200 characters")));
    }
}
