package org.crampcare.app.config;

/**
 * Something a visitor asked for by address does not exist (an unknown entry id, an unknown first-aid page). Answered
 * by {@link ApiErrors} with 404: a friendly page, or application/problem+json under /api/.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
