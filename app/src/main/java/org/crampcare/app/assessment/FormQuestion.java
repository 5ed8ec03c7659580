package org.crampcare.app.assessment;

import java.util.List;
import java.util.Optional;

/**
 * One question of the questionnaire: the field it answers (a JSON pointer of contract v1), its text and help from
 * the knowledge base ({@code rules/questions.yaml}), how it is asked and what it accepts (from the contract).
 *
 * @param index       position in questions.yaml; also the stable id of the question in forms ("q12")
 * @param noneOption  a list question that offers "None of these", so an empty answer can be told from no answer
 */
record FormQuestion(int index, String field, String stage, String text, Optional<String> help, InputKind kind,
        List<Option> options, Optional<Double> min, Optional<Double> max, boolean noneOption) {

    /** One allowed value and its label. */
    record Option(String value, String label) {
    }

    /** The id of the question's element on the page. */
    public String id() {
        return "q" + index;
    }

    public boolean symptom() {
        return kind == InputKind.SYMPTOM;
    }

    public boolean tristate() {
        return kind == InputKind.YES_NO || kind == InputKind.SYMPTOM;
    }

    public String optionLabel(String value) {
        for (Option o : options) {
            if (o.value().equals(value)) {
                return o.label();
            }
        }
        return OptionLabels.humanise(value);
    }
}
