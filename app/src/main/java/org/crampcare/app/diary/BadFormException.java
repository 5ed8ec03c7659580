package org.crampcare.app.diary;

/** A diary form no page of ours could have sent (an unknown choice, a stale form): 400 with the message key's words. */
final class BadFormException extends RuntimeException {
    final String messageKey;

    BadFormException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }
}
