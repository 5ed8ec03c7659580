package org.crampcare.app.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.crampcare.app.config.WebSliceConfig;
import org.crampcare.app.library.Library;
import org.crampcare.knowledge.Entry;
import org.crampcare.knowledge.EntryKind;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@WebMvcTest(ExercisesController.class)
@Import({ WebSliceConfig.class, Library.class })
class ExercisesControllerTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    KnowledgeBase kb;

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<Entry> routineExercises() {
        return kb.entry(ExercisesController.ROUTINE).orElseThrow().routine().stream().map(kb::entry)
                .flatMap(java.util.Optional::stream)
                .filter(e -> e.kind() == EntryKind.EXERCISE && e.exercise().isPresent()).toList();
    }

    @Test
    void theRoutineListsItsExercisesInOrder() throws Exception {
        String body = page("/exercises");
        int at = body.indexOf("class=\"routine\"");
        for (Entry e : routineExercises()) {
            int next = body.indexOf("data-title=\"" + HtmlUtils.htmlEscape(e.title()) + "\"", at);
            assertThat(next).as(e.id()).isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void eachExerciseCarriesItsTimingForTheTimer() throws Exception {
        String body = page("/exercises");
        Entry wall = kb.entry("exercise_wall_calf_stretch").orElseThrow();
        var x = wall.exercise().orElseThrow();
        String item = body.substring(body.indexOf("data-title=\"" + HtmlUtils.htmlEscape(wall.title()) + "\""));
        item = item.substring(0, item.indexOf('>'));
        assertThat(item).contains("data-hold=\"" + x.holdSeconds() + "\"", "data-reps=\"" + x.repetitions() + "\"",
                "data-sets=\"" + x.sets() + "\"", "data-rest=\"" + x.restSeconds() + "\"",
                "data-per-leg=\"" + x.perLeg() + "\"");
    }

    @Test
    void theRoutineShowsDurationsAndRepetitionsWithoutJavaScript() throws Exception {
        assertThat(page("/exercises")).contains("Hold <strong>10 seconds</strong>", "<strong>3</strong> times",
                "each leg", "2 minutes");
    }

    @Test
    void theTimerIsLeftForItsScriptToShow() throws Exception {
        String body = page("/exercises");
        assertThat(body).contains("id=\"timer\"", "/js/timer-");
        assertThat(body.substring(body.indexOf("id=\"timer\"") - 60, body.indexOf("id=\"timer\""))).isNotNull();
        assertThat(body).containsPattern("<section id=\"timer\"[^>]* hidden");
    }

    @Test
    void thePrintViewOpensEveryExerciseAndHasNoTimer() throws Exception {
        String body = page("/exercises?print=true");
        assertThat(body).contains("print-view", "<details open").doesNotContain("id=\"timer\"");
    }

    @Test
    void thePreventionEntriesAreLinked() throws Exception {
        String body = page("/exercises");
        kb.entries().stream().filter(e -> e.topic() == Topic.PREVENTION).limit(5)
                .forEach(e -> assertThat(body).contains("href=\"/library/" + e.id() + "\""));
    }

    @Test
    void thePageShowsTheEmergencyNumberAndTheDisclaimer() throws Exception {
        assertThat(page("/exercises")).contains("tel:112", HtmlUtils.htmlEscape(kb.rules().disclaimer()));
    }
}
