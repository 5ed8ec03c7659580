package org.crampcare.app.assessment;

/**
 * The values the questionnaire's form fields use for answers that are not a contract value: yes, no, not sure, and
 * "None of these" (an answered, empty list).
 */
final class FormValues {
    static final String YES = "yes";
    static final String NO = "no";
    static final String UNSURE = "unsure";
    static final String NONE = "_none";

    private FormValues() {
    }
}
