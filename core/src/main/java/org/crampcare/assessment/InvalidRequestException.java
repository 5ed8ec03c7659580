package org.crampcare.assessment;

import java.util.List;

/** A request that does not conform to contract v1, with every problem found. */
public class InvalidRequestException extends RuntimeException {
    private final List<InputError> errors;

    public InvalidRequestException(List<InputError> errors) {
        super("invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
