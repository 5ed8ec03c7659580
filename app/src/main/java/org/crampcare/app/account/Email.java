package org.crampcare.app.account;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as an account knows it: trimmed and lower-cased, so one address is one account whatever the case
 * it was typed in. Only the shape is checked (something, an at sign, a domain with a dot); nothing is sent to it.
 */
public record Email(String value) implements Serializable {
    /** RFC 5321 limits a path to 256 octets, so an address to 254 characters. */
    static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Email {
        if (value == null || !value.equals(normalise(value)) || value.length() > MAX_LENGTH
                || !SHAPE.matcher(value).matches() || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("not an email address");
        }
    }

    /** The address typed in, normalised, if it has the shape of one. */
    public static Optional<Email> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normal = normalise(typed);
        if (normal.length() > MAX_LENGTH || !SHAPE.matcher(normal).matches()
                || normal.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(new Email(normal));
    }

    static String normalise(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
