package org.crampcare.app.assessment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Fills in the questionnaire through MockMvc as a browser would: reads the form on screen, posts the answers to its
 * action and follows the redirect (Post/Redirect/Get) to the next page.
 */
final class QuestionnaireDriver {
    private static final Pattern ACTION = Pattern.compile("<form class=\"question-form\" method=\"post\" action=\"([^\"]*)\"");
    private static final Pattern FIELDS = Pattern.compile("<input type=\"hidden\" name=\"_fields\" value=\"([^\"]*)\">");
    private static final Pattern INPUT = Pattern.compile("<(?:input|textarea|select)\\b[^>]*? name=\"([^\"]*)\"");
    private static final Pattern LEVEL = Pattern.compile("banner-(emergency|urgent|doctor|self_care)");

    private final MockMvc mvc;
    private String html;
    private int status;
    private String url;
    private int answered;

    QuestionnaireDriver(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Opens the questionnaire and says who it is for. */
    QuestionnaireDriver start(String who) throws Exception {
        get("/assessment");
        MockHttpServletResponse r = mvc.perform(post("/assessment").with(csrf()).param("_who", who)).andReturn().getResponse();
        follow(r);
        return this;
    }

    QuestionnaireDriver get(String path) throws Exception {
        follow(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)).andReturn()
                .getResponse());
        return this;
    }

    private void follow(MockHttpServletResponse r) throws Exception {
        int hops = 0;
        while (r.getStatus() == 302 || r.getStatus() == 303) {
            url = r.getRedirectedUrl();
            r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)).andReturn()
                    .getResponse();
            if (++hops > 5) {
                throw new AssertionError("too many redirects to " + url);
            }
        }
        status = r.getStatus();
        html = r.getContentAsString();
    }

    String html() {
        return html;
    }

    int status() {
        return status;
    }

    /** The address of the page on screen (after the last redirect). */
    String url() {
        return url;
    }

    int answered() {
        return answered;
    }

    boolean onResult() {
        return html.contains("id=\"result-level\"");
    }

    String level() {
        Matcher m = LEVEL.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no level on the page: " + html);
        }
        return m.group(1);
    }

    /** The form fields of the page on screen: a question's field or a checklist's name ("_g_..."). */
    Set<String> asked() {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            String name = HtmlUtils.htmlUnescape(m.group(1));
            if (!name.equals("_fields") && !name.equals("_unit") && !name.equals("_csrf")) { // the token is not a question
                out.add(name);
            }
        }
        return out;
    }

    /** The questions (fields) of the asks on screen. */
    List<String> fields() {
        Matcher m = FIELDS.matcher(html);
        return m.find() ? List.of(HtmlUtils.htmlUnescape(m.group(1)).split(",")) : List.of();
    }

    /** Whether the field on screen is typed in (a number or text: left empty when not sure). */
    boolean typed(String name) {
        String n = Pattern.quote(name);
        return Pattern.compile("<input class=\"number\" type=\"text\"[^>]*? name=\"" + n + "\"").matcher(html).find()
                || Pattern.compile("<textarea[^>]*? name=\"" + n + "\"").matcher(html).find();
    }

    /** The options of a checklist on screen (the question fields it ticks). */
    List<String> options(String checklist) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(checklist) + "\" value=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            String v = HtmlUtils.htmlUnescape(m.group(1));
            if (!v.equals("_none") && !v.equals("unsure")) {
                out.add(v);
            }
        }
        return out;
    }

    /** Submits the page on screen with these answers, by form field (several values separated by |). */
    QuestionnaireDriver submit(Map<String, String> answers) throws Exception {
        Matcher action = ACTION.matcher(html);
        if (!action.find()) {
            throw new AssertionError("no questionnaire form on the page: " + html);
        }
        MockHttpServletRequestBuilder request = post(HtmlUtils.htmlUnescape(action.group(1))).with(csrf());
        Matcher f = FIELDS.matcher(html);
        if (f.find()) {
            request.param("_fields", HtmlUtils.htmlUnescape(f.group(1)));
        }
        for (var e : answers.entrySet()) {
            for (String v : e.getValue().split("\\|", -1)) {
                if (!v.isEmpty()) {
                    request.param(e.getKey(), v);
                }
            }
        }
        answered += (int) asked().stream().filter(n -> !n.equals("_who")).count();
        follow(mvc.perform(request).andReturn().getResponse());
        return this;
    }

    /** Answers page after page with this function until the result (or a limit). */
    QuestionnaireDriver answerAll(java.util.function.Function<QuestionnaireDriver, Map<String, String>> answers)
            throws Exception {
        for (int page = 0; page < 60 && !onResult(); page++) {
            submit(answers.apply(this));
            if (status != 200) {
                throw new AssertionError("page answered " + status + ": " + html);
            }
        }
        return this;
    }

    /** Answers with these values where asked, "not sure" for the rest (checklists: the ticked fields, or none). */
    static java.util.function.Function<QuestionnaireDriver, Map<String, String>> from(Map<String, String> values) {
        return d -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (String name : d.asked()) {
                if (name.startsWith(PageForm.GROUP)) {
                    List<String> ticked = d.options(name).stream().filter(o -> "yes".equals(values.get(o))).toList();
                    boolean known = d.options(name).stream().allMatch(o -> values.containsKey(o) || values.containsKey("/symptoms"));
                    out.put(name, !ticked.isEmpty() ? String.join("|", ticked) : known ? "_none" : "unsure");
                } else if (values.containsKey(name)) {
                    out.put(name, values.get(name));
                } else if (name.startsWith("/symptoms/") && values.containsKey("/symptoms")) {
                    out.put(name, "no");
                } else if (d.typed(name)) {
                    out.put(name, "");
                } else {
                    out.put(name, "unsure");
                }
            }
            if (values.containsKey("_unit")) {
                out.put("_unit", values.get("_unit"));
            }
            return out;
        };
    }
}
