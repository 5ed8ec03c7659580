package org.crampcare.app.assessment;

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

/** Fills in the questionnaire through MockMvc as a browser would: posts what is on the page plus its hidden fields. */
final class QuestionnaireDriver {
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
    private static final Pattern TAG = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)(?:=\"([^\"]*)\")?");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*? name=\"([^\"]*)\"[^>]*>([^<]*)</textarea>");
    private static final Pattern SELECT = Pattern.compile("<select[^>]*? name=\"([^\"]*)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected");
    private static final Pattern FIELD = Pattern.compile("<(?:input|textarea)(?! type=\"hidden\")[^>]*? name=\"(/[^\"]*)\"");

    private final MockMvc mvc;
    private String html;
    private int status;

    QuestionnaireDriver(MockMvc mvc) {
        this.mvc = mvc;
    }

    QuestionnaireDriver start() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/assessment")).andReturn().getResponse();
        status = r.getStatus();
        html = r.getContentAsString();
        return this;
    }

    String html() {
        return html;
    }

    int status() {
        return status;
    }

    boolean onResult() {
        return html.contains("id=\"result-level\"");
    }

    /** The questions (fields) asked by the page on screen. */
    Set<String> asked() {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = FIELD.matcher(html);
        while (m.find()) {
            out.add(HtmlUtils.htmlUnescape(m.group(1)));
        }
        return out;
    }

    List<String[]> hidden() {
        List<String[]> out = new ArrayList<>();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            out.add(new String[] { HtmlUtils.htmlUnescape(m.group(1)), HtmlUtils.htmlUnescape(m.group(2)) });
        }
        return out;
    }

    /**
     * What a browser would send for the inputs on screen as they stand (checked radios and boxes, text values, text
     * areas, selected options), field by field.
     */
    Map<String, List<String>> onScreen() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            Map<String, String> a = new LinkedHashMap<>();
            Matcher attrs = ATTRIBUTE.matcher(tags.group(1));
            while (attrs.find()) {
                a.put(attrs.group(1), attrs.group(2) == null ? "" : HtmlUtils.htmlUnescape(attrs.group(2)));
            }
            String type = a.getOrDefault("type", "text");
            String name = a.get("name");
            if (name == null || type.equals("hidden") || type.equals("submit")) {
                continue;
            }
            if ((type.equals("radio") || type.equals("checkbox")) && !a.containsKey("checked")) {
                continue;
            }
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(a.getOrDefault("value", ""));
        }
        Matcher areas = TEXTAREA.matcher(html);
        while (areas.find()) {
            out.computeIfAbsent(HtmlUtils.htmlUnescape(areas.group(1)), k -> new ArrayList<>())
                    .add(HtmlUtils.htmlUnescape(areas.group(2)));
        }
        Matcher selects = SELECT.matcher(html);
        while (selects.find()) {
            Matcher selected = SELECTED.matcher(selects.group(2));
            out.put(selects.group(1), List.of(selected.find() ? selected.group(1) : "s"));
        }
        return out;
    }

    /** Submits the page with these answers (field, value, field, value, ...) and the given button. */
    QuestionnaireDriver submit(String nav, String... fieldValue) throws Exception {
        MockHttpServletRequestBuilder request = post("/assessment");
        for (String[] h : hidden()) {
            request.param(h[0], h[1]);
        }
        Map<String, List<String>> form = onScreen();
        Set<String> given = new LinkedHashSet<>();
        for (int i = 0; i < fieldValue.length; i += 2) {
            if (given.add(fieldValue[i])) {
                form.put(fieldValue[i], new ArrayList<>());
            }
            form.get(fieldValue[i]).add(fieldValue[i + 1]);
        }
        form.forEach((name, values) -> values.stream().filter(v -> !v.isEmpty()).forEach(v -> request.param(name, v)));
        if (nav != null) {
            request.param(nav.startsWith("/") ? "_goto" : "_nav", nav);
        }
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        status = r.getStatus();
        html = r.getContentAsString();
        return this;
    }

    QuestionnaireDriver next(String... fieldValue) throws Exception {
        return submit("next", fieldValue);
    }

    QuestionnaireDriver back() throws Exception {
        return submit("back");
    }

    /** Answers every page with these answers where asked (symptoms not listed: "no") until the result. */
    QuestionnaireDriver answerAll(Map<String, String> answers) throws Exception {
        for (int page = 0; page < 30 && !onResult(); page++) {
            List<String> values = new ArrayList<>();
            for (String field : asked()) {
                String v = answers.get(field);
                if (v == null && field.startsWith("/symptoms/")) {
                    v = "no";
                }
                if (v != null) {
                    for (String one : v.split("\\|")) {
                        values.add(field);
                        values.add(one);
                    }
                }
            }
            if (answers.containsKey("_unit") && asked().contains("/episode/duration_seconds")) {
                values.add("_unit");
                values.add(answers.get("_unit"));
            }
            next(values.toArray(String[]::new));
            if (status != 200) {
                throw new AssertionError("page answered " + status + ": " + html);
            }
        }
        return this;
    }
}
