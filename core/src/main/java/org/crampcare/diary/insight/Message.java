package org.crampcare.diary.insight;

import java.util.List;
import java.util.Objects;

/**
 * A sentence for a person, as a key of {@code diary/insights.properties} (the app's message source) and the values of
 * its placeholders, in order ({@code java.text.MessageFormat} arguments: numbers and dates).
 */
public record Message(String key, List<Object> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
