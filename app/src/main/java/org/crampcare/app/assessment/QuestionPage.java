package org.crampcare.app.assessment;

import java.util.List;

/**
 * One page of the questionnaire as the template shows it: one topic, a few asks, "Not sure" always offered.
 *
 * @param token   the journey so far (the answers), carried in a hidden field and in every link
 * @param fields  the fields of the asks on the page, so a changed knowledge base cannot mix up answers
 * @param action  where the form posts: the questionnaire, the "causes and prevention" part, or a change
 * @param backUrl the previous page, or "" on the first
 * @param errors  the error summary: one link per ask that needs an answer
 */
record QuestionPage(int step, String heading, String lead, List<Item> items, String token, String fields, String action,
        String backUrl, String checkUrl, List<ErrorLink> errors) {

    /** One ask: a single question, or a checklist of yes/no questions. */
    sealed interface Item permits Single, Checklist {
        String id();

        /**
         * Whether this item is a checklist. The template asks this rather than {@code instanceof T(...)}: SpEL looks a
         * {@code T(...)} type up through the class loader on every evaluation, which was 40% of a question page.
         */
        default boolean checklist() {
            return this instanceof Checklist;
        }
    }

    /**
     * A single question.
     *
     * @param label  the question, worded for whom it is about
     * @param values what is selected ("yes", "calf", ...)
     * @param text   what the text input shows
     * @param unit   the unit of a duration: "s" or "min"
     */
    record Single(FormQuestion question, String label, List<String> values, String text, String unit, String error)
            implements Item {
        private static final List<FormQuestion.Option> TRISTATE = List.of(new FormQuestion.Option(FormValues.YES, "Yes"),
                new FormQuestion.Option(FormValues.NO, "No"), new FormQuestion.Option(FormValues.UNSURE, "Not sure"));

        public String id() {
            return question.id();
        }

        public boolean has(String value) {
            return values.contains(value);
        }

        public boolean hasError() {
            return !error.isEmpty();
        }

        public String describedBy() {
            String ids = (question.help().isPresent() ? question.id() + "-help " : "") + (hasError() ? question.id() + "-error" : "");
            return ids.isBlank() ? null : ids.strip();
        }

        public List<FormQuestion.Option> choices() {
            if (question.tristate()) {
                return TRISTATE;
            }
            List<FormQuestion.Option> out = new java.util.ArrayList<>(question.options());
            out.add(new FormQuestion.Option(FormValues.UNSURE, "Not sure"));
            return out;
        }

        public String lines() {
            return String.join("\n", values.stream().filter(v -> !v.equals(FormValues.NONE) && !v.equals(FormValues.UNSURE)).toList());
        }
    }

    /** "Did any of these happen?": tick the ones that did, or "None of these", or "Not sure". */
    record Checklist(String id, String name, String text, List<FormQuestion.Option> options, List<String> ticked,
            String error) implements Item {

        public boolean has(String value) {
            return ticked.contains(value);
        }

        public boolean hasError() {
            return !error.isEmpty();
        }
    }

    record ErrorLink(String target, String message) {
    }
}
