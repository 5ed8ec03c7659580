package org.crampcare.app.exercises;

import java.util.List;

import org.crampcare.app.library.Drawings;
import org.crampcare.app.library.EntryView;
import org.crampcare.app.library.Library;
import org.crampcare.knowledge.EntryKind;
import org.crampcare.knowledge.Topic;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The bedtime stretch routine: its exercises, in order, with holds and repetitions, as a printable list and (with
 * JavaScript) a guided timer; then the prevention entries.
 */
@Controller
class ExercisesController {
    /** The routine's entry; its {@code routine} names its exercises (with timings), in order. */
    static final String ROUTINE = "bedtime_stretch_routine";

    private final EntryView routine;
    private final List<EntryView> exercises;
    private final List<EntryView> prevention;
    private final int minutes;
    private final Drawings drawings;

    ExercisesController(Library library) {
        this.drawings = library.drawings();
        this.routine = library.entry(ROUTINE)
                .orElseThrow(() -> new IllegalStateException("the knowledge base has no entry " + ROUTINE));
        this.exercises = routine.entry().routine().stream().map(library::entry).flatMap(java.util.Optional::stream)
                .filter(e -> e.entry().kind() == EntryKind.EXERCISE && e.entry().exercise().isPresent()).toList();
        if (exercises.isEmpty()) {
            throw new IllegalStateException(ROUTINE + " names no exercise with a timing in its routine");
        }
        this.prevention = library.inTopic(Topic.PREVENTION);
        int seconds = exercises.stream().mapToInt(e -> e.exerciseOrNull().totalSeconds()).sum();
        this.minutes = Math.max(1, Math.round(seconds / 60f));
    }

    @GetMapping("/exercises")
    String routine(@RequestParam(name = "print", required = false) String print, Model model) {
        model.addAttribute("routine", routine);
        model.addAttribute("exercises", exercises);
        model.addAttribute("prevention", prevention);
        model.addAttribute("minutes", minutes);
        model.addAttribute("print", print != null);
        model.addAttribute("drawings", drawings.all());
        return "exercises/index";
    }
}
