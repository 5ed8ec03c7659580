package org.crampcare.cli.interview;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The interface words of the terminal interview, from {@code org/crampcare/cli/interview.properties}. */
final class Words {
    static final int WIDTH = 78;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.crampcare.cli.interview", Locale.ROOT);

    private Words() {
    }

    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** The words for a key, or {@code fallback} when the bundle has none (a new stage id). */
    static String orElse(String key, String fallback) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** The label of an allowed value of a field ("/episode/locations", "thigh_front" gives "Front of thigh"). */
    static String option(String field, String value) {
        return orElse("option." + field + "." + value, humanise(value));
    }

    /** An enum value of the contract in words: "night_in_bed" as "Night in bed". */
    static String humanise(String value) {
        String words = value.replace('_', ' ').trim();
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** Prints text wrapped at {@link #WIDTH} columns, the first line after {@code first}, the others indented as far. */
    static void wrap(PrintWriter out, String text, String first) {
        String indent = " ".repeat(first.length());
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder(indent);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        out.println(line);
    }
}
