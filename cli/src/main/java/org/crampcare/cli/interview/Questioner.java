package org.crampcare.cli.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crampcare.contract.Contract;
import org.crampcare.interview.Answer;
import org.crampcare.interview.Answers;
import org.crampcare.interview.Ask;
import org.crampcare.rules.Question;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Asks one {@link Ask} in the terminal and reads the answer: numbers for choices, "?" for not sure; a wrong answer is
 * explained and asked again, never a stack trace. The end of the input is {@link EndOfInput}.
 */
final class Questioner {
    static final int MAX_LINE = 200;
    static final int MAX_LINES = 50;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(\\d+(?:[.,]\\d+)?|[.,]\\d+)\\s*([\\p{L}.]*)");

    /** The input ended before an answer was complete. */
    static final class EndOfInput extends Exception {
        EndOfInput() {
            super("end of input", null, false, false);
        }
    }

    /** What is wrong with a typed answer, in words for the person. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message, null, false, false);
        }
    }

    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean echo;

    /** @param echo repeat each line read after the prompt (input that is not a terminal, so a transcript reads well) */
    Questioner(BufferedReader in, PrintWriter out, boolean echo) {
        this.in = in;
        this.out = out;
        this.echo = echo;
    }

    /** The answers with this ask answered. */
    Answers ask(Ask ask, Answers answers) throws EndOfInput {
        if (ask instanceof Ask.Group group) {
            return checklist(group, answers);
        }
        Question q = ((Ask.Single) ask).question();
        out.println();
        boolean bare = q.field().startsWith("/symptoms/") && !q.text().strip().endsWith("?");
        Words.wrap(out, bare ? Words.get("symptom.question", q.text().strip()) : q.text(), "");
        q.help().ifPresent(h -> Words.wrap(out, "(" + h + ")", "  "));
        return answers.with(q.field(), answer(q));
    }

    private Answer answer(Question q) throws EndOfInput {
        InputKind kind = InputKind.of(q);
        return switch (kind) {
            case YES_NO -> {
                out.println("  1) " + Words.get("yes") + "   2) " + Words.get("no") + "   3) " + Words.get("not_sure"));
                yield read(Words.get("hint.yes_no"), Questioner::yesNo);
            }
            case CHOICE -> {
                List<String> values = List.copyOf(Contract.get().allowedValues(q.field()));
                for (int i = 0; i < values.size(); i++) {
                    out.println(number(i + 1, values.size()) + Words.option(q.field(), values.get(i)));
                }
                out.println(number(values.size() + 1, values.size() + 1) + Words.get("not_sure"));
                String hint = Words.get("hint.choice", String.valueOf(values.size() + 1));
                yield read(hint, line -> choice(line, q.field(), values, hint));
            }
            case MULTI -> {
                List<String> values = List.copyOf(Contract.get().allowedValues(q.field()));
                for (int i = 0; i < values.size(); i++) {
                    out.println(number(i + 1, values.size()) + Words.option(q.field(), values.get(i)));
                }
                out.println("  0) " + Words.humanise(Words.get("none")) + "   ?) " + Words.get("not_sure"));
                yield read(Words.get("hint.multi"), line -> {
                    Set<Integer> picked = numbers(line, values.size());
                    if (picked == null) {
                        return Answer.notSure();
                    }
                    ArrayNode list = NODES.arrayNode();
                    picked.forEach(i -> list.add(values.get(i - 1)));
                    return Answer.of(list);
                });
            }
            case NUMBER, INTEGER, DURATION, AGE -> {
                String hint = numberHint(q.field(), kind);
                Words.wrap(out, hint, "  ");
                yield read(hint, line -> number(line, q.field(), kind, hint));
            }
            case TEXT_LINES -> lines();
        };
    }

    private Answers checklist(Ask.Group group, Answers answers) throws EndOfInput {
        out.println();
        Words.wrap(out, group.group().text(), "");
        List<Question> items = group.questions();
        for (int i = 0; i < items.size(); i++) {
            out.println(number(i + 1, items.size()) + items.get(i).itemLabel());
        }
        out.println("  0) " + Words.humanise(Words.get("none")) + "   ?) " + Words.get("not_sure"));
        Set<Integer> picked = read(Words.get("hint.multi"), line -> {
            Set<Integer> p = numbers(line, items.size());
            return p == null ? Set.of(-1) : p;
        });
        if (picked.contains(-1)) {
            return group.notSure(answers);
        }
        Set<String> ticked = new LinkedHashSet<>();
        picked.forEach(i -> ticked.add(items.get(i - 1).field()));
        return group.answer(answers, ticked);
    }

    /** The medicines: one a line, an empty line to finish. */
    private Answer lines() throws EndOfInput {
        Words.wrap(out, Words.get("hint.lines"), "  ");
        List<String> names = new ArrayList<>();
        while (true) {
            String line = readLine();
            if (line == null) {
                if (names.isEmpty()) {
                    throw new EndOfInput();
                }
                break;
            }
            String name = line.strip();
            if (name.isEmpty()) {
                break;
            }
            if (names.isEmpty() && isNotSure(name)) {
                return Answer.notSure();
            }
            if (name.length() > MAX_LINE) {
                Words.wrap(out, Words.get("bad.line.long", String.valueOf(MAX_LINE)), "  ");
                continue;
            }
            if (names.size() == MAX_LINES) {
                Words.wrap(out, Words.get("bad.lines.many", String.valueOf(MAX_LINES)), "  ");
                continue;
            }
            names.add(name);
        }
        ArrayNode list = NODES.arrayNode();
        names.forEach(list::add);
        return Answer.of(list);
    }

    /** Asks for a y/n answer (going on to more questions). */
    boolean yesOrNo(String question) throws EndOfInput {
        out.println();
        out.println(question);
        return read(Words.get("bad.yn"), line -> switch (line.strip().toLowerCase(Locale.ROOT)) {
            case "y", "yes", "1" -> true;
            case "n", "no", "2", "?" -> false;
            default -> throw new BadInput(Words.get("bad.yn"));
        });
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(String line) throws BadInput;
    }

    /** Reads lines until one parses; each bad one is explained. */
    private <T> T read(String hint, Parser<T> parser) throws EndOfInput {
        while (true) {
            String line = readLine();
            if (line == null) {
                throw new EndOfInput();
            }
            if (line.isBlank()) {
                Words.wrap(out, hint, "  ");
                continue;
            }
            try {
                return parser.parse(line.strip());
            } catch (BadInput e) {
                Words.wrap(out, e.getMessage(), "  ");
            }
        }
    }

    private String readLine() {
        out.print(Words.get("prompt"));
        out.flush();
        try {
            String line = in.readLine();
            if (echo) {
                out.println(line == null ? "" : line);
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "  7) " or, in a list of ten or more, " 7) ", so that the labels line up. */
    private static String number(int n, int last) {
        int width = String.valueOf(last).length();
        return " ".repeat(2 + width - String.valueOf(n).length()) + n + ") ";
    }

    static boolean isNotSure(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.equals("?") || t.equals("not sure") || t.equals("unsure") || t.equals("don't know");
    }

    private static Answer yesNo(String line) throws BadInput {
        String t = line.toLowerCase(Locale.ROOT);
        if (isNotSure(t) || t.equals("3")) {
            return Answer.notSure();
        }
        return switch (t) {
            case "1", "y", "yes" -> Answer.of(NODES.booleanNode(true));
            case "2", "n", "no" -> Answer.of(NODES.booleanNode(false));
            default -> throw new BadInput(Words.get("bad.choice", line, Words.get("hint.yes_no")));
        };
    }

    private static Answer choice(String line, String field, List<String> values, String hint) throws BadInput {
        if (isNotSure(line)) {
            return Answer.notSure();
        }
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (line.equalsIgnoreCase(v) || line.equalsIgnoreCase(Words.option(field, v))) {
                return Answer.of(NODES.stringNode(v));
            }
        }
        try {
            int n = Integer.parseInt(line);
            if (n >= 1 && n <= values.size()) {
                return Answer.of(NODES.stringNode(values.get(n - 1)));
            }
            if (n == values.size() + 1) {
                return Answer.notSure();
            }
        } catch (NumberFormatException e) {
            // not a number: said below
        }
        throw new BadInput(Words.get("bad.choice", line, hint));
    }

    /** The numbers picked from a numbered list (1..size), empty for 0 (none of these), null for not sure. */
    private static Set<Integer> numbers(String line, int size) throws BadInput {
        if (isNotSure(line)) {
            return null;
        }
        String hint = Words.get("hint.multi");
        Set<Integer> picked = new LinkedHashSet<>();
        boolean none = false;
        for (String part : line.split("[\\s,;]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int n;
            try {
                n = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new BadInput(Words.get("bad.multi.number", part, hint));
            }
            if (n == 0) {
                none = true;
            } else if (n >= 1 && n <= size) {
                picked.add(n);
            } else {
                throw new BadInput(Words.get("bad.multi.number", part, hint));
            }
        }
        if (none && !picked.isEmpty()) {
            throw new BadInput(Words.get("bad.multi.none", hint));
        }
        return picked;
    }

    private static String numberHint(String field, InputKind kind) {
        if (kind == InputKind.DURATION) {
            return Words.get("hint.duration");
        }
        if (kind == InputKind.AGE) {
            return Words.get("hint.age");
        }
        return Words.get("hint.number", range(field));
    }

    /** " from 0 to 10", " of 0 or more" or "", from the contract. */
    private static String range(String field) {
        JsonNode schema = InputKind.schema(field);
        boolean min = schema.has("minimum");
        boolean max = schema.has("maximum");
        if (min && max) {
            return Words.get("hint.range", plain(schema.get("minimum").decimalValue()),
                    plain(schema.get("maximum").decimalValue()));
        }
        return min ? Words.get("hint.range_min", plain(schema.get("minimum").decimalValue())) : "";
    }

    private static Answer number(String line, String field, InputKind kind, String hint) throws BadInput {
        if (isNotSure(line)) {
            return Answer.notSure();
        }
        Matcher m = NUMBER_WITH_UNIT.matcher(line.toLowerCase(Locale.ROOT));
        if (line.length() > 30 || !m.matches()) {
            throw new BadInput(Words.get("bad.number", line, hint));
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
        String unit = m.group(2).replace(".", "");
        BigDecimal factor = switch (kind) {
            case DURATION -> switch (unit) {
                case "", "s", "sec", "secs", "second", "seconds" -> BigDecimal.ONE;
                case "m", "min", "mins", "minute", "minutes" -> BigDecimal.valueOf(60);
                case "h", "hr", "hrs", "hour", "hours" -> BigDecimal.valueOf(3600);
                default -> throw new BadInput(Words.get("bad.unit", unit, hint));
            };
            case AGE -> switch (unit) {
                case "", "y", "yr", "yrs", "year", "years" -> BigDecimal.ONE;
                case "m", "mo", "month", "months" -> BigDecimal.ONE.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
                case "w", "wk", "wks", "week", "weeks" -> BigDecimal.ONE.divide(BigDecimal.valueOf(52), MathContext.DECIMAL64);
                default -> throw new BadInput(Words.get("bad.unit", unit, hint));
            };
            default -> {
                if (!unit.isEmpty()) {
                    throw new BadInput(Words.get("bad.number", line, hint));
                }
                yield BigDecimal.ONE;
            }
        };
        BigDecimal scaled = value.multiply(factor);
        if (factor.compareTo(BigDecimal.ONE) != 0) {
            scaled = scaled.setScale(kind == InputKind.AGE ? 2 : 0, RoundingMode.HALF_UP);
        }
        if (kind == InputKind.INTEGER && scaled.stripTrailingZeros().scale() > 0) {
            throw new BadInput(Words.get("bad.whole", hint));
        }
        JsonNode schema = InputKind.schema(field);
        if ((schema.has("minimum") && scaled.compareTo(schema.get("minimum").decimalValue()) < 0)
                || (schema.has("maximum") && scaled.compareTo(schema.get("maximum").decimalValue()) > 0)) {
            String range = range(field);
            throw new BadInput(Words.get("bad.range", range, hint));
        }
        BigDecimal exact = scaled.stripTrailingZeros();
        return Answer.of(exact.scale() <= 0 && exact.precision() <= 15 ? NODES.numberNode(exact.longValueExact())
                : NODES.numberNode(exact.doubleValue()));
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
