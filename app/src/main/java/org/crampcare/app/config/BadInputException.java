package org.crampcare.app.config;

/**
 * Input a visitor sent that we cannot use (an empty or over-long search, a malformed value). Answered by
 * {@link ApiErrors} with 400 and the message, which must be plain words a visitor understands.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
