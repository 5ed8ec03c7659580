package org.crampcare.rules;

/** A look-alike condition that the picture suggests when {@code when} is true. */
public record MimicRule(String id, Condition when) {
}
