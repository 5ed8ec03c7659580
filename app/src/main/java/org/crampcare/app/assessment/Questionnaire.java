package org.crampcare.app.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crampcare.contract.Contract;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.rules.Question;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Every question of the assessment, in the knowledge base's order (red flags first), each with how it is asked.
 * The texts come from {@code knowledge/rules/questions.yaml}; types, ranges and allowed values from contract v1.
 */
@Component
class Questionnaire {
    /** List questions that offer "None of these" (where being tickable empty means something). */
    private static final Set<String> WITH_NONE = Set.of("/conditions", "/lifestyle/footwear", "/medications");

    private final List<FormQuestion> questions;
    private final Map<String, FormQuestion> byField;
    private final List<String> stages;

    Questionnaire(KnowledgeBase kb) {
        Contract contract = Contract.get();
        List<FormQuestion> list = new ArrayList<>();
        Map<String, FormQuestion> map = new LinkedHashMap<>();
        Set<String> stageOrder = new LinkedHashSet<>();
        int i = 0;
        for (Question q : kb.rules().questions()) {
            FormQuestion fq = formQuestion(i++, q, contract);
            list.add(fq);
            map.put(fq.field(), fq);
            stageOrder.add(fq.stage());
        }
        this.questions = List.copyOf(list);
        this.byField = Map.copyOf(map);
        this.stages = List.copyOf(stageOrder);
    }

    private static FormQuestion formQuestion(int index, Question q, Contract contract) {
        String field = q.field();
        InputKind kind;
        JsonNode schema = null;
        if (field.startsWith("/symptoms/")) {
            kind = InputKind.SYMPTOM;
        } else {
            schema = contract.requestField(field).orElseThrow(
                    () -> new IllegalStateException("question for a field the contract does not have: " + field));
            kind = kindOf(field, schema);
        }
        List<FormQuestion.Option> options = new ArrayList<>();
        if (kind == InputKind.CHOICE || kind == InputKind.MULTI) {
            for (String value : contract.allowedValues(field)) {
                options.add(new FormQuestion.Option(value, OptionLabels.label(field, value)));
            }
        }
        Optional<Double> min = schema == null || !schema.has("minimum") ? Optional.empty()
                : Optional.of(schema.get("minimum").asDouble());
        Optional<Double> max = schema == null || !schema.has("maximum") ? Optional.empty()
                : Optional.of(schema.get("maximum").asDouble());
        return new FormQuestion(index, field, q.stage(), q.text(), q.help(), kind, List.copyOf(options), min, max,
                WITH_NONE.contains(field));
    }

    private static InputKind kindOf(String field, JsonNode schema) {
        if (field.equals("/episode/duration_seconds")) {
            return InputKind.DURATION;
        }
        if (schema.has("enum")) {
            return InputKind.CHOICE;
        }
        String type = schema.path("type").asString("");
        return switch (type) {
            case "boolean" -> InputKind.YES_NO;
            case "integer" -> InputKind.INTEGER;
            case "number" -> InputKind.NUMBER;
            case "array" -> schema.path("items").has("enum") ? InputKind.MULTI : InputKind.TEXT_LINES;
            default -> throw new IllegalStateException("no way to ask for field " + field + " of type " + type);
        };
    }

    List<FormQuestion> all() {
        return questions;
    }

    Optional<FormQuestion> byField(String field) {
        return Optional.ofNullable(byField.get(field));
    }

    Optional<FormQuestion> byIndex(int index) {
        return index >= 0 && index < questions.size() ? Optional.of(questions.get(index)) : Optional.empty();
    }

    /** The stages in questionnaire order: red_flags, episode, person, ... */
    List<String> stages() {
        return stages;
    }

}
