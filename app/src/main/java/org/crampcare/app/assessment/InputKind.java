package org.crampcare.app.assessment;

/** How a question is asked on the page, read off the contract's type for its field. */
enum InputKind {
    /** A boolean field: yes, no or not sure. */
    YES_NO,
    /** One symptom of the symptom list: yes, no or not sure (never a checkbox, so "not sure" is never "no"). */
    SYMPTOM,
    /** A number, fractions allowed. */
    NUMBER,
    /** A whole number. */
    INTEGER,
    /** A duration, entered in seconds or minutes, sent in seconds. */
    DURATION,
    /** One value of an enumeration, or not sure. */
    CHOICE,
    /** Several values of an enumeration (checkboxes). */
    MULTI,
    /** Free-text lines (the medicines). */
    TEXT_LINES
}
