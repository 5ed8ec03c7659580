package org.crampcare.app.library;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.crampcare.app.config.WebSliceConfig;
import org.crampcare.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({ LibraryController.class, KnowledgeApiController.class })
@Import({ WebSliceConfig.class, Library.class, LibrarySearch.class })
class KnowledgeApiControllerTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    KnowledgeBase kb;

    @Test
    void listsEveryEntryWithItsSummaryFields() throws Exception {
        mvc.perform(get("/api/v1/knowledge")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.count", is(kb.entries().size())))
                .andExpect(jsonPath("$.knowledge_version", is(kb.version())))
                .andExpect(jsonPath("$.entries[*].id", hasItem("magnesium")))
                .andExpect(jsonPath("$.entries[0].kind").isString())
                .andExpect(jsonPath("$.entries[0].topic").isString())
                .andExpect(jsonPath("$.entries[0].title").isString())
                .andExpect(jsonPath("$.entries[0].summary").isString())
                .andExpect(jsonPath("$.entries[0].grade").isString())
                .andExpect(jsonPath("$.entries[0].url", startsWith("/")));
    }

    @Test
    void givesAnExerciseWithItsTiming() throws Exception {
        var stretch = kb.entry("exercise_wall_calf_stretch").orElseThrow();
        mvc.perform(get("/api/v1/knowledge/exercise_wall_calf_stretch")).andExpect(status().isOk())
                .andExpect(jsonPath("$.exercise.hold_seconds", is(stretch.exercise().orElseThrow().holdSeconds())))
                .andExpect(jsonPath("$.exercise.per_leg", is(stretch.exercise().orElseThrow().perLeg())));
    }

    @Test
    void givesOneEntryInFullWithSourcesResolved() throws Exception {
        var routine = kb.entry("bedtime_stretch_routine").orElseThrow();
        mvc.perform(get("/api/v1/knowledge/bedtime_stretch_routine")).andExpect(status().isOk())
                .andExpect(jsonPath("$.id", is("bedtime_stretch_routine")))
                .andExpect(jsonPath("$.kind", is("exercise")))
                .andExpect(jsonPath("$.body_markdown", is(routine.body())))
                .andExpect(jsonPath("$.steps[0]", is(routine.steps().get(0))))
                .andExpect(jsonPath("$.routine[0]", is(routine.routine().get(0))))
                .andExpect(jsonPath("$.sources[0].id", is(routine.sources().get(0))))
                .andExpect(jsonPath("$.sources[0].title").isString())
                .andExpect(jsonPath("$.related[0].id", is(routine.related().get(0))))
                .andExpect(jsonPath("$.covers[0]", is(routine.covers().get(0))));
    }

    @Test
    void aNotRecommendedRemedyCarriesItsVerdictAndWhy() throws Exception {
        var needle = kb.entry("needle_prick").orElseThrow();
        mvc.perform(get("/api/v1/knowledge/needle_prick")).andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict", is(needle.verdict().orElseThrow().key())))
                .andExpect(jsonPath("$.why", is(needle.why().orElse(null))));
    }

    @Test
    void anUnknownIdIs404ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/knowledge/no_such_entry")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status", is(404)))
                .andExpect(jsonPath("$.detail", containsString("no entry")));
    }

    @Test
    void anUnknownApiAddressIs404ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/nothing-here")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void searchAnswersWithHitsAndMarkedSnippets() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "convulsion")).andExpect(status().isOk())
                .andExpect(jsonPath("$.query", is("convulsion")))
                .andExpect(jsonPath("$.hits[0].id", is("epileptic_seizure")))
                .andExpect(jsonPath("$.hits[0].title").isString())
                .andExpect(jsonPath("$.hits[0].kind").isString())
                .andExpect(jsonPath("$.hits[0].topic").isString())
                .andExpect(jsonPath("$.hits[0].grade").isString())
                .andExpect(jsonPath("$.hits[0].snippet_html", containsString("<mark>")))
                .andExpect(jsonPath("$.hits[0].url", is("/library/epileptic_seizure")));
    }

    @Test
    void anEmptySearchIs400ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status", is(400)))
                .andExpect(jsonPath("$.detail", containsString("Type a word")));
    }

    @Test
    void aMissingSearchIs400ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/search")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anOverLongSearchIs400ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "x".repeat(500))).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("200")));
    }

    @Test
    void aWrongMethodIs405ProblemJson() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/knowledge"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
