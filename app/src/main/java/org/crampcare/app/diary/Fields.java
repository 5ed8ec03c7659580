package org.crampcare.app.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

import org.crampcare.assessment.InputError;
import org.crampcare.assessment.InvalidRequestException;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object strictly and collects every problem with its JSON pointer: unknown fields,
 * wrong types, values out of range. {@code null} and a missing field both mean "not recorded"; a required field
 * must be there and not null. Call {@link #done()} at the end: it throws with all problems found.
 */
final class Fields {
    /** The earliest instant or date a diary accepts (no cramp diary goes back further). */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final JsonNode node;
    private final List<InputError> errors = new ArrayList<>();

    Fields(JsonNode node, Set<String> allowed, Set<String> readOnly) {
        this.node = node;
        if (node == null || !node.isObject()) {
            errors.add(new InputError("", "expected a JSON object"));
            return;
        }
        for (String name : node.propertyNames()) {
            if (readOnly.contains(name)) {
                errors.add(new InputError(pointer(name), "'" + name + "' is set by the server and cannot be sent"));
            } else if (!allowed.contains(name)) {
                errors.add(new InputError(pointer(name), "unknown field '" + shorten(name) + "'"));
            }
        }
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void done() {
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(InputError::pointer));
            throw new InvalidRequestException(List.copyOf(errors));
        }
    }

    void error(String name, String message) {
        errors.add(new InputError(pointer(name), message));
    }

    private Optional<JsonNode> value(String name, boolean required) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                errors.add(new InputError(pointer(name), "'" + name + "' is required"));
            }
            return Optional.empty();
        }
        return Optional.of(v);
    }

    Optional<String> text(String name, int maxLength, boolean required) {
        Optional<JsonNode> v = value(name, required);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.get().isString()) {
            error(name, "expected text");
            return Optional.empty();
        }
        String s = v.get().stringValue().strip();
        if (s.length() > maxLength) {
            error(name, "at most " + maxLength + " characters (" + s.length() + " sent)");
            return Optional.empty();
        }
        if (s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
            error(name, "control characters are not allowed");
            return Optional.empty();
        }
        if (s.isEmpty()) {
            if (required) {
                error(name, "'" + name + "' must not be empty");
            }
            return Optional.empty();
        }
        return Optional.of(s);
    }

    <E extends Enum<E>> Optional<E> choice(String name, Class<E> type, Function<E, String> id, boolean required) {
        Optional<JsonNode> v = value(name, required);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        List<String> allowed = EnumSet.allOf(type).stream().map(id).toList();
        if (v.get().isString()) {
            for (E e : type.getEnumConstants()) {
                if (id.apply(e).equals(v.get().stringValue())) {
                    return Optional.of(e);
                }
            }
        }
        error(name, "expected one of " + String.join(", ", allowed));
        return Optional.empty();
    }

    OptionalInt integer(String name, int min, int max, boolean required) {
        Optional<JsonNode> v = value(name, required);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        JsonNode n = v.get();
        if (!n.isNumber() || !(n.isIntegralNumber() || n.isFloatingPointNumber() && n.asDouble() == Math.rint(n.asDouble()))) {
            error(name, "expected a whole number from " + min + " to " + max);
            return OptionalInt.empty();
        }
        double d = n.asDouble();
        if (d < min || d > max) {
            error(name, "expected a whole number from " + min + " to " + max);
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) d);
    }

    OptionalDouble number(String name, double min, double max) {
        Optional<JsonNode> v = value(name, false);
        if (v.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (!v.get().isNumber() || !Double.isFinite(v.get().asDouble()) || v.get().asDouble() < min
                || v.get().asDouble() > max) {
            error(name, "expected a number from " + trim(min) + " to " + trim(max));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(v.get().asDouble());
    }

    Optional<Boolean> bool(String name) {
        Optional<JsonNode> v = value(name, false);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.get().isBoolean()) {
            error(name, "expected true or false");
            return Optional.empty();
        }
        return Optional.of(v.get().booleanValue());
    }

    Optional<Instant> instant(String name, Instant latest, boolean required) {
        Optional<String> s = rawText(name, required);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            // to the microsecond: what the database keeps, so that what is answered is what is stored
            Instant at = OffsetDateTime.parse(s.get()).toInstant().truncatedTo(ChronoUnit.MICROS);
            if (at.isBefore(EARLIEST.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)) || at.isAfter(latest)) {
                error(name, "the time must be after 1900 and not in the future");
                return Optional.empty();
            }
            return Optional.of(at);
        } catch (DateTimeParseException e) {
            error(name, "expected a date and time with its offset, such as 2026-12-02T02:10:00Z");
            return Optional.empty();
        }
    }

    Optional<LocalDate> date(String name, LocalDate latest, boolean required) {
        Optional<String> s = rawText(name, required);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate d = LocalDate.parse(s.get());
            if (d.isBefore(EARLIEST) || d.isAfter(latest)) {
                error(name, "the date must be from 1900 to " + latest);
                return Optional.empty();
            }
            return Optional.of(d);
        } catch (DateTimeParseException e) {
            error(name, "expected a date such as 2026-12-01");
            return Optional.empty();
        }
    }

    Optional<ZoneId> zone(String name, boolean required) {
        Optional<String> s = rawText(name, required);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        return Zones.parse(s.get()).or(() -> {
            error(name, "expected a time zone such as Europe/London");
            return Optional.empty();
        });
    }

    <E extends Enum<E>> Set<E> choices(String name, Class<E> type, Function<E, String> id) {
        Optional<JsonNode> v = value(name, false);
        if (v.isEmpty()) {
            return Set.of();
        }
        if (!v.get().isArray() || v.get().size() > type.getEnumConstants().length) {
            error(name, "expected a list of at most " + type.getEnumConstants().length + " of "
                    + String.join(", ", EnumSet.allOf(type).stream().map(id).toList()));
            return Set.of();
        }
        Set<E> out = new LinkedHashSet<>();
        for (int i = 0; i < v.get().size(); i++) {
            JsonNode item = v.get().get(i);
            E found = null;
            for (E e : type.getEnumConstants()) {
                if (item.isString() && id.apply(e).equals(item.stringValue())) {
                    found = e;
                }
            }
            if (found == null) {
                errors.add(new InputError(pointer(name) + "/" + i, "expected one of "
                        + String.join(", ", EnumSet.allOf(type).stream().map(id).toList())));
            } else if (!out.add(found)) {
                errors.add(new InputError(pointer(name) + "/" + i, "given twice"));
            }
        }
        return out;
    }

    private Optional<String> rawText(String name, boolean required) {
        Optional<JsonNode> v = value(name, required);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!v.get().isString() || v.get().stringValue().length() > 64) {
            error(name, "expected text");
            return Optional.empty();
        }
        return Optional.of(v.get().stringValue().strip());
    }

    static String pointer(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private static String shorten(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 40 ? t.substring(0, 40) + "..." : t;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
