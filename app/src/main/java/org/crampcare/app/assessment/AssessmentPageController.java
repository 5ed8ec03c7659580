package org.crampcare.app.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crampcare.app.assessment.AssessmentFlow.Evaluation;
import org.crampcare.app.assessment.AssessmentFlow.RejectedAnswers;
import org.crampcare.app.assessment.FormReader.Submission;
import org.crampcare.app.config.CrampCareProperties;
import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The questionnaire at {@code /assessment}: server-rendered, no JavaScript needed, nothing stored. Every page posts
 * all answers so far (hidden fields) with the trail of pages, and gets back the next page or the result.
 */
@Controller
@RequestMapping("/assessment")
class AssessmentPageController {
    /** Headings of the stages (UI words). */
    private static final Map<String, String> STAGE_HEADINGS = Map.of(
            "red_flags", "Warning signs",
            "episode", "About the cramp",
            "person", "About the person",
            "history", "How often it happens",
            "symptoms", "Other symptoms",
            "conditions", "Health conditions",
            "medications", "Medicines",
            "lifestyle", "Daily life");

    private final Questionnaire questionnaire;
    private final FormReader reader;
    private final AssessmentFlow flow;
    private final ResultViews results;
    private final CrampCareProperties properties;
    private final KnowledgeBase kb;

    AssessmentPageController(Questionnaire questionnaire, FormReader reader, AssessmentFlow flow, ResultViews results,
            CrampCareProperties properties, KnowledgeBase kb) {
        this.questionnaire = questionnaire;
        this.reader = reader;
        this.flow = flow;
        this.results = results;
        this.properties = properties;
        this.kb = kb;
    }

    @GetMapping
    String start(Model model) {
        Trail trail = Trail.of(flow.firstPage());
        return question(model, trail, Answers.none(), Map.of(), Map.of());
    }

    @PostMapping
    String step(HttpServletRequest request, HttpServletResponse response, Model model) {
        Submission s = reader.read(request.getParameterMap());
        if (s.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return question(model, s.trail(), s.answers(), s.errors(), s.typed());
        }
        if (s.goTo().isPresent()) {
            int q = s.goTo().get().index();
            return question(model, s.trail().without(q).plus(List.of(q)), s.answers(), Map.of(), Map.of());
        }
        try {
            return switch (s.nav()) {
                case "back" -> question(model, s.trail().size() > 1 ? s.trail().withoutLast() : s.trail(), s.answers(),
                        Map.of(), Map.of());
                case "edit" -> question(model, s.trail(), s.answers(), Map.of(), Map.of());
                case "print" -> result(model, s.trail(), s.answers(), flow.evaluate(s.answers(), s.trail()), true);
                case "result" -> result(model, s.trail(), s.answers(), flow.evaluate(s.answers(), s.trail()), false);
                default -> next(model, s);
            };
        } catch (RejectedAnswers e) {
            Set<String> onScreen = fields(s.trail().current());
            if (!onScreen.containsAll(e.errors().keySet())) {
                throw new BadFormException("The answers carried by the form are not valid. Please start again.");
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return question(model, s.trail(), s.answers(), e.errors(), Map.of());
        }
    }

    private String next(Model model, Submission s) {
        Evaluation evaluation = flow.evaluate(s.answers(), s.trail());
        if (evaluation.emergency()) {
            return result(model, s.trail(), s.answers(), evaluation, false);
        }
        return flow.nextPage(s.answers(), s.trail().asked())
                .map(page -> question(model, s.trail().plus(page), s.answers(), Map.of(), Map.of()))
                .orElseGet(() -> result(model, s.trail(), s.answers(), evaluation, false));
    }

    private String question(Model model, Trail trail, Answers answers, Map<String, String> errors,
            Map<String, String> typed) {
        Evaluation evaluation = flow.evaluate(answers, trail.size() > 1 ? trail.withoutLast() : Trail.of(List.of()));
        List<QuestionPage.Item> items = new ArrayList<>();
        List<QuestionPage.ErrorLink> links = new ArrayList<>();
        Set<String> onPage = fields(trail.current());
        for (int index : trail.current()) {
            FormQuestion q = questionnaire.all().get(index);
            List<String> values = answers.of(q.field());
            String error = errors.getOrDefault(q.field(), "");
            String text = typed.containsKey(q.field()) ? typed.get(q.field()) : values.isEmpty() ? "" : values.get(0);
            String unit = "s";
            if (q.kind() == InputKind.DURATION && !typed.containsKey(q.field()) && !values.isEmpty()) {
                long seconds = Math.round(Double.parseDouble(values.get(0)));
                if (seconds >= 60 && seconds % 60 == 0 && String.valueOf(seconds).equals(values.get(0))) {
                    text = String.valueOf(seconds / 60);
                    unit = "min";
                }
            }
            items.add(new QuestionPage.Item(q, values, text, unit, error, evaluation.followUp(q.field())));
            if (!error.isEmpty()) {
                links.add(new QuestionPage.ErrorLink(q.tristate() || q.kind() == InputKind.CHOICE
                        || q.kind() == InputKind.MULTI ? q.id() + "-0" : q.id(), error));
            }
        }
        // the "can change how urgent" note only where it tells questions apart
        boolean mixed = items.stream().anyMatch(QuestionPage.Item::followUp) && !items.stream().allMatch(QuestionPage.Item::followUp);
        if (!mixed) {
            items.replaceAll(i -> new QuestionPage.Item(i.question(), i.values(), i.text(), i.unit(), i.error(), false));
        }
        FormQuestion first = questionnaire.all().get(trail.current().get(0));
        String heading = STAGE_HEADINGS.getOrDefault(first.stage(), OptionLabels.humanise(first.stage()));
        model.addAttribute("page", new QuestionPage(trail.size(), heading, items, hidden(answers, onPage),
                trail.encode(), trail.size() > 1, links));
        return "assessment/question";
    }

    private String result(Model model, Trail trail, Answers answers, Evaluation evaluation, boolean print) {
        model.addAttribute("result", results.view(evaluation.result()));
        model.addAttribute("hidden", hidden(answers, Set.of()));
        model.addAttribute("trail", trail.encode());
        return print ? "assessment/print" : "assessment/result";
    }

    /** Every answer not shown on the page, as hidden fields, in questionnaire order. */
    private List<QuestionPage.Hidden> hidden(Answers answers, Set<String> onPage) {
        List<QuestionPage.Hidden> out = new ArrayList<>();
        for (FormQuestion q : questionnaire.all()) {
            if (onPage.contains(q.field())) {
                continue;
            }
            for (String v : answers.of(q.field())) {
                out.add(new QuestionPage.Hidden(q.field(), v));
            }
        }
        return out;
    }

    private Set<String> fields(List<Integer> indexes) {
        Set<String> out = new LinkedHashSet<>();
        indexes.forEach(i -> out.add(questionnaire.all().get(i).field()));
        return out;
    }

    /** A form no page of ours could have sent, or answers the contract rejects outside the page on screen: 400. */
    @ExceptionHandler({ BadFormException.class, RejectedAnswers.class })
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badForm(RuntimeException e, Model model) {
        // exception handlers do not get the controller advice's model attributes: the layout needs these two
        model.addAttribute("emergencyNumber", properties.emergencyNumber());
        model.addAttribute("disclaimer", kb.rules().disclaimer());
        model.addAttribute("message", e instanceof BadFormException ? e.getMessage()
                : "The answers carried by the form are not valid. Please start again.");
        return "assessment/bad-request";
    }
}
