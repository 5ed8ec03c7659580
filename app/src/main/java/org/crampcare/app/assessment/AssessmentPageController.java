package org.crampcare.app.assessment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crampcare.app.config.CrampCareProperties;
import org.crampcare.assessment.InvalidRequestException;
import org.crampcare.interview.Answer;
import org.crampcare.interview.Answers;
import org.crampcare.interview.Ask;
import org.crampcare.interview.Interview;
import org.crampcare.interview.Step;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.rules.Level;
import org.crampcare.rules.Question;
import org.crampcare.rules.QuestionGroup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The questionnaire at {@code /assessment}: server-rendered, no JavaScript needed, nothing stored. The answers travel
 * in the URL ({@link Journey#token()}); every POST is answered with a redirect to a GET (Post/Redirect/Get), so Back
 * and Reload never ask to resubmit a form, and a result's link shows the same result again. What is asked, and when
 * the answer is settled, comes from the core's {@link Interview}: one engine run per page.
 */
@Controller
@RequestMapping("/assessment")
class AssessmentPageController {
    static final String TOKEN = "a";
    static final String FIELDS = "_fields";
    static final String WHO = "_who";
    /** At most this many asks on one page (one topic per page; short on a phone). */
    static final int PAGE = 6;

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

    private final Interview interview;
    /**
     * Steps by answers, kept a short while: a question page's POST works on the step its GET computed, and the page
     * its redirect leads to on the step the POST computed, so each answered page costs one interview step, not three.
     * A step is a pure function of the answers and the knowledge base, which does not change while the app runs.
     */
    private final Cache<Answers, Step> steps;
    private final Questionnaire questionnaire;
    private final PageForm pageForm;
    private final ResultViews results;
    private final CrampCareProperties properties;
    private final KnowledgeBase kb;

    AssessmentPageController(Interview interview, Questionnaire questionnaire, PageForm pageForm, ResultViews results,
            CrampCareProperties properties, KnowledgeBase kb,
            @Value("${crampcare.assessment.step-cache-size:2048}") int stepCacheSize) {
        this.interview = interview;
        // size 0 keeps nothing: the benchmarks use it to measure what a page costs when its step is not kept
        this.steps = Caffeine.newBuilder().maximumSize(stepCacheSize).expireAfterAccess(Duration.ofMinutes(10)).build();
        this.questionnaire = questionnaire;
        this.pageForm = pageForm;
        this.results = results;
        this.properties = properties;
        this.kb = kb;
    }

    // ------------------------------------------------------------------ the questions

    @GetMapping
    String page(@RequestParam(name = TOKEN, required = false) String token, Model model) {
        Journey journey = Journey.parse(token);
        if (journey.who().isEmpty()) {
            model.addAttribute("error", "");
            return "assessment/who";
        }
        Step step = step(journey);
        if (step.settled() || step.finished()) {
            return "redirect:" + url("/assessment/result", journey);
        }
        model.addAttribute("callNow", step.level() == Level.EMERGENCY);
        return question(model, journey, step.page(PAGE), "/assessment", Map.of(), Map.of(), Map.of());
    }

    @PostMapping
    String answer(@RequestParam(name = TOKEN, required = false) String token, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Journey journey = Journey.parse(token);
        if (journey.who().isEmpty()) {
            Optional<Journey.Who> who = who(request.getParameter(WHO));
            if (who.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("error", "Choose who the questions are about.");
                return "assessment/who";
            }
            return "redirect:" + url("/assessment", journey.forWho(who.get()));
        }
        Step step = step(journey);
        model.addAttribute("callNow", step.level() == Level.EMERGENCY);
        return answerPage(journey, step.page(PAGE), "/assessment", "/assessment", request, response, model);
    }

    // ------------------------------------------------------------------ causes and prevention, for those who go on

    @GetMapping("/more")
    String more(@RequestParam(name = TOKEN, required = false) String token, Model model) {
        Journey journey = Journey.parse(token);
        List<Ask> page = page(step(journey).further());
        if (page.isEmpty()) {
            return "redirect:" + url("/assessment/result", journey) + "#causes";
        }
        return question(model, journey, page, "/assessment/more", Map.of(), Map.of(), Map.of());
    }

    @PostMapping("/more")
    String answerMore(@RequestParam(name = TOKEN, required = false) String token, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Journey journey = Journey.parse(token);
        return answerPage(journey, page(step(journey).further()), "/assessment/more", "/assessment/more", request,
                response, model);
    }

    // ------------------------------------------------------------------ check and change the answers

    @GetMapping("/check")
    String check(@RequestParam(name = TOKEN, required = false) String token, Model model) {
        Journey journey = Journey.parse(token);
        List<CheckLine> lines = new ArrayList<>();
        journey.answers().all().forEach((field, answer) -> questionnaire.byField(field).ifPresent(q -> lines.add(
                new CheckLine(q.text(), answer instanceof Answer.Given g ? ResultViews.words(q, g.value()) : "Not sure",
                        url("/assessment/change", journey) + "&q=" + q.id()))));
        model.addAttribute("lines", lines);
        model.addAttribute("resultUrl", url("/assessment/result", journey));
        model.addAttribute("continueUrl", url("/assessment", journey));
        return "assessment/check";
    }

    /** One line of "Check your answers". */
    record CheckLine(String question, String answer, String changeUrl) {
    }

    @GetMapping("/change")
    String change(@RequestParam(name = TOKEN, required = false) String token, @RequestParam("q") String id, Model model) {
        Journey journey = Journey.parse(token);
        FormQuestion q = byId(id);
        Map<String, String[]> current = new LinkedHashMap<>();
        journey.answers().get(q.field()).ifPresent(a -> current.put(q.field(), formValues(q, a)));
        return question(model, journey, List.of(new Ask.Single(rule(q))), "/assessment/change?q=" + q.id(), current,
                Map.of(), Map.of());
    }

    @PostMapping("/change")
    String changed(@RequestParam(name = TOKEN, required = false) String token, @RequestParam("q") String id,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Journey journey = Journey.parse(token);
        FormQuestion q = byId(id);
        List<Ask> page = List.of(new Ask.Single(rule(q)));
        PageForm.Read read = pageForm.read(page, request.getParameterMap());
        if (!read.ok()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return question(model, journey, page, "/assessment/change?q=" + q.id(), request.getParameterMap(),
                    read.errors(), read.typed());
        }
        Journey next = journey.changed(q.field(), read.answers().get(q.field()));
        check(next);
        return "redirect:" + url("/assessment/check", next);
    }

    // ------------------------------------------------------------------ the result

    @GetMapping("/result")
    String result(@RequestParam(name = TOKEN, required = false) String token, Model model) {
        return result(Journey.parse(token), model, false);
    }

    @GetMapping("/print")
    String print(@RequestParam(name = TOKEN, required = false) String token, Model model) {
        return result(Journey.parse(token), model, true);
    }

    private String result(Journey journey, Model model, boolean print) {
        Step step = step(journey);
        model.addAttribute("result", results.view(step, journey.answers(), LocalDate.now()));
        model.addAttribute("open", !step.finished() && !step.settled());
        model.addAttribute("settled", step.settled());
        model.addAttribute("further", step.further().stream().mapToInt(a -> a.questions().size()).sum());
        model.addAttribute("continueUrl", url("/assessment", journey));
        model.addAttribute("moreUrl", url("/assessment/more", journey));
        model.addAttribute("checkUrl", url("/assessment/check", journey));
        model.addAttribute("resultUrl", url("/assessment/result", journey));
        model.addAttribute("printUrl", url("/assessment/print", journey));
        return print ? "assessment/print" : "assessment/result";
    }

    // ------------------------------------------------------------------ shared

    private String answerPage(Journey journey, List<Ask> page, String action, String redirect, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String shown = request.getParameter(FIELDS);
        if (shown == null || !shown.equals(fields(page))) {
            // the page on screen is not the page these answers lead to (a second tab, a knowledge update): show it again
            return "redirect:" + url(redirect, journey);
        }
        PageForm.Read read = pageForm.read(page, request.getParameterMap());
        if (!read.ok()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return question(model, journey, page, action, request.getParameterMap(), read.errors(), read.typed());
        }
        Journey next = journey.plus(read.answers());
        check(next);
        return "redirect:" + url(redirect, next);
    }

    private String question(Model model, Journey journey, List<Ask> page, String action, Map<String, String[]> shownValues,
            Map<String, String> errors, Map<String, String> typed) {
        List<QuestionPage.Item> items = new ArrayList<>();
        List<QuestionPage.ErrorLink> links = new ArrayList<>();
        for (Ask ask : page) {
            if (ask instanceof Ask.Group g) {
                QuestionGroup group = g.group();
                String name = PageForm.GROUP + group.id();
                List<FormQuestion.Option> options = g.questions().stream()
                        .map(q -> new FormQuestion.Option(q.field(), q.itemLabel())).toList();
                String[] ticked = shownValues.get(name);
                String error = errors.getOrDefault(name, "");
                String id = "g-" + group.id();
                items.add(new QuestionPage.Checklist(id, name, group.text(), options,
                        ticked == null ? List.of() : List.of(ticked), error));
                if (!error.isEmpty()) {
                    links.add(new QuestionPage.ErrorLink(id + "-0", error));
                }
                continue;
            }
            FormQuestion q = questionnaire.byField(ask.questions().get(0).field()).orElseThrow();
            String[] raw = shownValues.get(q.field());
            List<String> values = raw == null ? List.of() : List.of(raw);
            String error = errors.getOrDefault(q.field(), "");
            String text = typed.containsKey(q.field()) ? typed.get(q.field()) : values.isEmpty() ? "" : values.get(0);
            if (text.length() > FormReader.MAX_VALUE_LENGTH) {
                text = "";
            }
            items.add(new QuestionPage.Single(q, ask.questions().get(0).text(journey.audience()), values, text, "s", error));
            if (!error.isEmpty()) {
                links.add(new QuestionPage.ErrorLink(q.tristate() || q.kind() == InputKind.CHOICE
                        || q.kind() == InputKind.MULTI ? q.id() + "-0" : q.id(), error));
            }
        }
        String stage = page.isEmpty() ? "red_flags" : page.get(0).stage();
        String heading = STAGE_HEADINGS.getOrDefault(stage, OptionLabels.humanise(stage));
        String back = journey.size() == 0 ? url("/assessment", Journey.start()) : url("/assessment", journey.back());
        String sep = action.contains("?") ? "&" : "?";
        model.addAttribute("page", new QuestionPage(journey.size() + 1, heading,
                journey.size() == 0 ? "Answer each question. “Not sure” is always a good answer." : "",
                items, journey.token(), fields(page), action + sep + TOKEN + "=" + journey.token(), back,
                url("/assessment/check", journey), links));
        return "assessment/question";
    }

    private Step step(Journey journey) {
        try {
            return steps.get(journey.answers(), interview::step);
        } catch (InvalidRequestException e) {
            throw new BadFormException("The answers in this link are not valid. Please start again.");
        }
    }

    /**
     * The answers of a journey are valid (checked before they go into a link). They are assessed here, and the step
     * kept, because the page the redirect leads to needs exactly that step.
     */
    private void check(Journey journey) {
        try {
            steps.get(journey.answers(), interview::step);
        } catch (InvalidRequestException e) {
            throw new BadFormException("The answers are not valid. Please start again.");
        }
    }

    private static List<Ask> page(List<Ask> asks) {
        return Step.page(asks, PAGE);
    }

    private static String fields(List<Ask> page) {
        return String.join(",", page.stream().flatMap(a -> a.questions().stream()).map(Question::field).toList());
    }

    private static Optional<Journey.Who> who(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Journey.Who w : Journey.Who.values()) {
            if (w.name().equalsIgnoreCase(value)) {
                return Optional.of(w);
            }
        }
        throw new BadFormException("The form has an answer we never offered.");
    }

    private FormQuestion byId(String id) {
        if (id == null || !id.matches("q\\d{1,3}")) {
            throw new BadFormException("The form asks for a question we do not know.");
        }
        return questionnaire.byIndex(Integer.parseInt(id.substring(1)))
                .orElseThrow(() -> new BadFormException("The form asks for a question we do not know."));
    }

    private Question rule(FormQuestion q) {
        return interview.question(q.field()).orElseThrow();
    }

    /** An answer as the form's values, to show it selected. */
    private static String[] formValues(FormQuestion q, Answer a) {
        if (!(a instanceof Answer.Given g)) {
            return new String[] { FormValues.UNSURE };
        }
        return switch (q.kind()) {
            case YES_NO, SYMPTOM -> new String[] { g.value().asBoolean(false) ? FormValues.YES : FormValues.NO };
            case MULTI, TEXT_LINES -> {
                List<String> v = new ArrayList<>();
                g.value().forEach(x -> v.add(x.asString()));
                yield v.isEmpty() ? new String[] { FormValues.NONE } : v.toArray(String[]::new);
            }
            case CHOICE -> new String[] { g.value().asString() };
            case NUMBER, INTEGER, DURATION -> new String[] { g.value().toString() };
        };
    }

    private static String url(String path, Journey journey) {
        if (journey.who().isEmpty() && journey.size() == 0) {
            return path;
        }
        return UriComponentsBuilder.fromPath(path).queryParam(TOKEN, journey.token()).build().toUriString();
    }

    /** A form or link no page of ours could have made: 400. */
    @ExceptionHandler(BadFormException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badForm(RuntimeException e, Model model) {
        // exception handlers do not get the controller advice's model attributes: the layout needs these two
        model.addAttribute("emergencyNumber", properties.emergencyNumber());
        model.addAttribute("disclaimer", kb.rules().disclaimer());
        model.addAttribute("message", e.getMessage());
        return "assessment/bad-request";
    }
}
