package org.crampcare.app.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** A contract request as the answers a person would give in the web questionnaire's form fields. */
final class FormAnswers {
    private FormAnswers() {
    }

    static Map<String, String> of(JsonNode request, Questionnaire questionnaire) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode symptoms = request.get("symptoms");
        if (symptoms != null) {
            out.put("/symptoms", "listed");
            symptoms.forEach(s -> out.put("/symptoms/" + s.asString(), "yes"));
        }
        for (FormQuestion q : questionnaire.all()) {
            if (q.symptom()) {
                continue;
            }
            JsonNode v = request.at(q.field());
            if (v.isMissingNode() || v.isNull()) {
                continue;
            }
            switch (q.kind()) {
                case YES_NO -> out.put(q.field(), v.asBoolean() ? "yes" : "no");
                case CHOICE -> out.put(q.field(), v.asString());
                case MULTI -> {
                    List<String> values = new ArrayList<>();
                    v.forEach(x -> values.add(x.asString()));
                    out.put(q.field(), values.isEmpty() ? "_none" : String.join("|", values));
                }
                case TEXT_LINES -> {
                    List<String> lines = new ArrayList<>();
                    v.forEach(x -> lines.add(x.asString()));
                    out.put(q.field(), lines.isEmpty() ? "_none" : String.join("\n", lines));
                }
                case DURATION -> {
                    out.put(q.field(), v.asString(v.toString()));
                    out.put("_unit", "s");
                }
                case NUMBER, INTEGER -> out.put(q.field(), v.toString());
                case SYMPTOM -> {
                }
            }
        }
        return out;
    }
}
