package org.crampcare.interview;

import tools.jackson.databind.JsonNode;

/** The answer to one question: a value of the contract's type, or "not sure" (which is never "no"). */
public sealed interface Answer {

    static Answer of(JsonNode value) {
        return new Given(value);
    }

    static Answer notSure() {
        return NotSure.INSTANCE;
    }

    /** A definite answer: true or false for a symptom, a number, a choice, a list. */
    record Given(JsonNode value) implements Answer {
    }

    /** "Not sure": the question was asked, and its field stays unknown. */
    enum NotSure implements Answer {
        INSTANCE
    }
}
