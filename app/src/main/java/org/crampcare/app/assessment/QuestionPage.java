package org.crampcare.app.assessment;

import java.util.List;

/**
 * One page of the questionnaire as the template shows it.
 *
 * @param hidden every answer not asked on this page, carried on in hidden fields (nothing is stored on the server)
 * @param errors the error summary: one link per field with an error
 */
record QuestionPage(int step, String heading, List<Item> questions, List<Hidden> hidden, String trail,
        boolean canGoBack, List<ErrorLink> errors) {

    /**
     * One question on the page.
     *
     * @param values   the answer so far, canonical ("yes", "calf", ...)
     * @param text     what the text input shows (the typed text after an error)
     * @param unit     the unit of a duration: "s" or "min"
     * @param error    the message for this field, or ""
     * @param followUp whether the answer could make the advice more urgent
     */
    record Item(FormQuestion question, List<String> values, String text, String unit, String error, boolean followUp) {

        private static final List<FormQuestion.Option> TRISTATE = List.of(new FormQuestion.Option(Answers.YES, "Yes"),
                new FormQuestion.Option(Answers.NO, "No"), new FormQuestion.Option(Answers.UNSURE, "Not sure"));

        public boolean has(String value) {
            return values.contains(value);
        }

        public boolean hasError() {
            return !error.isEmpty();
        }

        /** The ids that describe the inputs: the help text and the error message, when there are. */
        public String describedBy() {
            String ids = (question.help().isPresent() ? question.id() + "-help " : "") + (hasError() ? question.id() + "-error" : "");
            return ids.isBlank() ? null : ids.strip();
        }

        /** The options of a one-answer question: yes / no / not sure, or the values of an enumeration and not sure. */
        public List<FormQuestion.Option> choices() {
            if (question.tristate()) {
                return TRISTATE;
            }
            List<FormQuestion.Option> out = new java.util.ArrayList<>(question.options());
            out.add(new FormQuestion.Option(Answers.UNSURE, "Not sure"));
            return out;
        }

        /** The medicines as lines of the text area. */
        public String lines() {
            return String.join("\n", values.stream().filter(v -> !v.equals(Answers.NONE)).toList());
        }
    }

    record Hidden(String name, String value) {
    }

    record ErrorLink(String target, String message) {
    }
}
