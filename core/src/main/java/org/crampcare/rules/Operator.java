package org.crampcare.rules;

import tools.jackson.databind.JsonNode;

/** Comparisons a rule can make on a field: {@code is: false}, {@code at_least: 3}, {@code has: high_heels}. */
public enum Operator {
    IS("is"), AT_LEAST("at_least"), AT_MOST("at_most"), ABOVE("above"), BELOW("below"), ONE_OF("one_of"), HAS("has"),
    COUNT_AT_LEAST("count_at_least");

    private final String key;

    Operator(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Operator fromKey(String key) {
        for (Operator o : values()) {
            if (o.key.equals(key)) {
                return o;
            }
        }
        return null;
    }

    /** Whether the operand must be a number. */
    public boolean numeric() {
        return this == AT_LEAST || this == AT_MOST || this == ABOVE || this == BELOW || this == COUNT_AT_LEAST;
    }

    boolean test(JsonNode value, JsonNode operand) {
        return switch (this) {
            case IS -> equal(value, operand);
            case AT_LEAST -> value.isNumber() && value.asDouble() >= operand.asDouble();
            case AT_MOST -> value.isNumber() && value.asDouble() <= operand.asDouble();
            case ABOVE -> value.isNumber() && value.asDouble() > operand.asDouble();
            case BELOW -> value.isNumber() && value.asDouble() < operand.asDouble();
            case ONE_OF -> {
                for (JsonNode o : operand) {
                    if (equal(value, o)) {
                        yield true;
                    }
                }
                yield false;
            }
            case HAS -> {
                if (!value.isArray()) {
                    yield false;
                }
                for (JsonNode v : value) {
                    if (equal(v, operand)) {
                        yield true;
                    }
                }
                yield false;
            }
            case COUNT_AT_LEAST -> value.isArray() && value.size() >= operand.asInt();
        };
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.asDouble() == b.asDouble();
        }
        return a.equals(b);
    }
}
