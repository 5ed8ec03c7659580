package org.crampcare.rules;

import java.util.Optional;

/** The question that asks for one input field, in questionnaire order. */
public record Question(String field, String text, String stage, Optional<String> help) {
}
