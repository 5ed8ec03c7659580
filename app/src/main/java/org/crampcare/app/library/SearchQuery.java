package org.crampcare.app.library;

import org.crampcare.app.config.BadInputException;

/** What a visitor typed into the search box, checked: not empty, at most {@value #MAX_LENGTH} characters. */
public record SearchQuery(String text) {
    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new InvalidSearchException("Type a word or two to search for, for example \"calf cramp\".");
        }
        text = text.strip().replaceAll("\\p{Cntrl}", " ");
        if (text.length() > MAX_LENGTH) {
            throw new InvalidSearchException(
                    "Searches can be at most " + MAX_LENGTH + " characters long; please use fewer words.");
        }
    }

    /** An empty, missing or over-long search: answered with 400 and this message. */
    public static final class InvalidSearchException extends BadInputException {
        InvalidSearchException(String message) {
            super(message);
        }
    }
}
