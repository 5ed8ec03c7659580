package org.crampcare.app.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Reads the values of one question from a posted form in their canonical spelling: "yes", "no" or "unsure"; a plain
 * number ("42", "1.5"); an enumerated value; the ticked values of a list or "None of these"; medicine lines.
 *
 * <p>A wrong value in an input the person typed (an age of 200) is a {@link FieldError}: the page comes back with a
 * message next to the field. Anything a page of ours could not have sent (a radio value we never offered, too many or
 * too long values) is a {@link BadFormException}, answered 400.
 */
@Component
class FormReader {
    static final String UNIT = "_unit";

    static final int MAX_VALUE_LENGTH = 300;
    static final int MAX_TEXT_LENGTH = 12_000;
    static final int MAX_LINES = 50;
    static final int MAX_LINE_LENGTH = 200;
    private static final int MAX_NUMBER_LENGTH = 20;
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[+-]?[0-9]{1,15}([.,][0-9]{0,4})?|[+-]?[.,][0-9]{1,4}");
    /** What is shown again of a value typed into a field with an error. */
    static final int MAX_ECHO_LENGTH = 40;

    private final Questionnaire questionnaire;

    FormReader(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    /** The canonical values of one answer; empty when not answered. */
    List<String> parse(FormQuestion q, List<String> raw, Optional<String> unit) {
        int limit = q.kind() == InputKind.TEXT_LINES ? MAX_TEXT_LENGTH : MAX_VALUE_LENGTH;
        for (String v : raw) {
            if (v.length() > limit) {
                throw new BadFormException("An answer in the form is too long.");
            }
        }
        return switch (q.kind()) {
            case YES_NO, SYMPTOM -> {
                Optional<String> v = one(raw);
                if (v.isPresent() && !Set.of(FormValues.YES, FormValues.NO, FormValues.UNSURE).contains(v.get())) {
                    throw new BadFormException("The form has an answer we never offered.");
                }
                yield v.map(List::of).orElse(List.of());
            }
            case CHOICE -> {
                Optional<String> v = one(raw);
                if (v.isPresent() && !v.get().equals(FormValues.UNSURE)
                        && q.options().stream().noneMatch(o -> o.value().equals(v.get()))) {
                    throw new BadFormException("The form has an answer we never offered.");
                }
                yield v.map(List::of).orElse(List.of());
            }
            case MULTI -> {
                Set<String> values = new LinkedHashSet<>();
                for (String v : raw) {
                    boolean offered = q.options().stream().anyMatch(o -> o.value().equals(v))
                            || (q.noneOption() && v.equals(FormValues.NONE));
                    if (!offered) {
                        throw new BadFormException("The form has an answer we never offered.");
                    }
                    values.add(v);
                }
                if (values.size() > 1) {
                    values.remove(FormValues.NONE);
                }
                yield List.copyOf(values);
            }
            case TEXT_LINES -> {
                boolean none = false;
                List<String> lines = new ArrayList<>();
                for (String v : raw) {
                    if (v.equals(FormValues.NONE)) {
                        none = true;
                        continue;
                    }
                    for (String line : v.split("\\R")) {
                        String t = line.strip();
                        if (!t.isEmpty()) {
                            if (t.length() > MAX_LINE_LENGTH) {
                                throw new FieldError("Each medicine can have at most " + MAX_LINE_LENGTH
                                        + " characters. Write one medicine on each line.");
                            }
                            lines.add(t);
                        }
                    }
                }
                if (lines.size() > MAX_LINES) {
                    throw new FieldError("List at most " + MAX_LINES + " medicines, one on each line.");
                }
                yield !lines.isEmpty() ? List.copyOf(lines) : none ? List.of(FormValues.NONE) : List.of();
            }
            case NUMBER, INTEGER, DURATION -> {
                Optional<String> v = one(raw).map(String::strip).filter(s -> !s.isEmpty());
                if (v.isEmpty()) {
                    yield List.of();
                }
                yield List.of(number(q, v.get(), unit));
            }
        };
    }

    private static String number(FormQuestion q, String text, Optional<String> unit) {
        BigDecimal value;
        // digits with at most one decimal separator: no exponent (1e9999999 would be ten million digits long)
        if (text.length() > MAX_NUMBER_LENGTH || !PLAIN_NUMBER.matcher(text).matches()) {
            throw new FieldError(rangeMessage(q, "Enter a number"));
        }
        value = new BigDecimal(text.replace(',', '.'));
        if (q.kind() == InputKind.DURATION) {
            String u = unit.orElse("s");
            if (u.equals("min")) {
                value = value.multiply(BigDecimal.valueOf(60));
            } else if (!u.equals("s")) {
                throw new BadFormException("The form has a unit we never offered.");
            }
        }
        boolean whole = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        if (q.kind() == InputKind.INTEGER && !whole) {
            throw new FieldError(rangeMessage(q, "Enter a whole number"));
        }
        double d = value.doubleValue();
        if (q.min().map(m -> d < m).orElse(false) || q.max().map(m -> d > m).orElse(false)) {
            throw new FieldError(rangeMessage(q, q.kind() == InputKind.INTEGER ? "Enter a whole number" : "Enter a number"));
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** "Enter a number from 0 to 120." or "Enter a number of 0 or more." */
    static String rangeMessage(FormQuestion q, String start) {
        String min = q.min().map(FormReader::plain).orElse(null);
        String max = q.max().map(FormReader::plain).orElse(null);
        if (min != null && max != null) {
            return start + " from " + min + " to " + max + ".";
        }
        if (min != null) {
            return start + " of " + min + " or more.";
        }
        if (max != null) {
            return start + " of " + max + " or less.";
        }
        return start + ".";
    }

    static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static Optional<String> one(List<String> raw) {
        if (raw.size() > 1) {
            throw new BadFormException("The form has more than one answer to a one-answer question.");
        }
        return raw.isEmpty() ? Optional.empty() : Optional.of(raw.get(0));
    }


    /** A typed value to show again: never more than a short field holds. */
    static String echo(String value) {
        return value.length() <= MAX_ECHO_LENGTH ? value : value.substring(0, MAX_ECHO_LENGTH);
    }


    /** A typed answer that needs correcting. */
    static final class FieldError extends RuntimeException {
        FieldError(String message) {
            super(message, null, false, false);
        }
    }
}
