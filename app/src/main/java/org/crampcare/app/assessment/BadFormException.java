package org.crampcare.app.assessment;

/** A questionnaire form that no page of ours could have sent (tampered, truncated or oversized): answered 400. */
class BadFormException extends RuntimeException {
    BadFormException(String message) {
        super(message);
    }
}
