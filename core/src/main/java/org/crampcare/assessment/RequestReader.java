package org.crampcare.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crampcare.contract.Contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads assessment requests strictly: the text must be one JSON object that conforms to the request schema of
 * contract v1 (no unknown fields, no field given twice, right types, values in range). Errors carry JSON pointers and
 * say what is wrong in the terms of the request, never of the parser. Thread-safe.
 *
 * <p>Hostile input is answered quickly and briefly: the text, its nesting, its numbers and its lists are bounded
 * before the schema is consulted, and at most {@link #MAX_ERRORS} problems are listed (then how many more).
 */
public final class RequestReader {
    /** Far beyond any real request (a few hundred bytes); the HTTP API refuses bodies over 64 KB before this. */
    public static final int MAX_REQUEST_CHARS = 1 << 20;
    /** The contract nests three levels deep. */
    static final int MAX_DEPTH = 16;
    /** The longest list of the contract is medications, at most 50. */
    static final int MAX_ITEMS = 100;
    /** The largest value the contract allows anywhere is 500; this leaves room, and stays exact as a double. */
    static final double MAX_MAGNITUDE = 1e15;
    static final int MAX_NUMBER_DIGITS = 40;
    public static final int MAX_ERRORS = 20;

    private final JsonMapper mapper;
    private final Schema schema;

    public RequestReader() {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(MAX_NUMBER_DIGITS).maxDocumentLength(MAX_REQUEST_CHARS).build())
                .build();
        this.mapper = JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        // the contract's $id is a relative name, not an IRI the validator can resolve against: compile without it
        ObjectNode requestSchema = (ObjectNode) Contract.get().requestSchema().deepCopy();
        requestSchema.remove("$id");
        this.schema = registry.getSchema(requestSchema);
    }

    /** Parses and validates; throws {@link InvalidRequestException} with every problem found. */
    public AssessmentRequest read(String text) {
        if (text.length() > MAX_REQUEST_CHARS) {
            throw new InvalidRequestException(List.of(new InputError("", "the request is " + text.length()
                    + " characters long; at most " + MAX_REQUEST_CHARS + " are read (a request is a few hundred)")));
        }
        JsonNode json;
        try {
            json = mapper.readTree(text);
        } catch (JacksonException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            // a field given twice is named by its pointer; a syntax error concerns the text as a whole
            String pointer = isDuplicate(e) ? pointer(e) : "";
            throw new InvalidRequestException(List.of(new InputError(pointer, "not valid JSON: " + describe(e) + where)));
        }
        if (json == null || json.isMissingNode()) {
            throw new InvalidRequestException(List.of(new InputError("", "empty input: expected one JSON object")));
        }
        return validate(json);
    }

    /** Validates a JSON tree (from a form or another adapter); throws {@link InvalidRequestException}. */
    public AssessmentRequest validate(JsonNode json) {
        if (!json.isObject()) {
            throw new InvalidRequestException(List.of(new InputError("", "expected a JSON object, got " + json.getNodeType()
                    .toString().toLowerCase())));
        }
        List<InputError> bounds = new ArrayList<>();
        checkBounds(json, "", bounds);
        if (!bounds.isEmpty()) {
            throw new InvalidRequestException(capped(bounds));
        }
        List<Error> errors = schema.validate(json);
        if (!errors.isEmpty()) {
            List<InputError> out = new ArrayList<>();
            for (Error e : errors) {
                String pointer = e.getInstanceLocation().toString();
                if (pointer.startsWith("$")) {
                    pointer = jsonPathToPointer(pointer);
                }
                if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
                    pointer = (pointer.equals("/") ? "" : pointer) + "/" + e.getProperty();
                    out.add(new InputError(pointer, "unknown field '" + e.getProperty() + "'"));
                } else {
                    out.add(new InputError(pointer, e.getMessage()));
                }
            }
            out.sort(Comparator.comparing(InputError::pointer));
            throw new InvalidRequestException(capped(out));
        }
        List<InputError> contradictions = Contradictions.of(json);
        if (!contradictions.isEmpty()) {
            throw new InvalidRequestException(contradictions);
        }
        return new AssessmentRequest(json);
    }

    /**
     * What the schema validator cannot be given: numbers beyond any allowed value (they fail its conversions) and
     * lists far longer than the contract's (each item would be one more error). Lists are checked before their items.
     */
    private static void checkBounds(JsonNode node, String pointer, List<InputError> out) {
        if (out.size() > MAX_ERRORS) {
            return;
        }
        if (node.isNumber()) {
            double d = node.isBigInteger() || node.isBigDecimal() ? node.decimalValue().doubleValue() : node.asDouble();
            if (!Double.isFinite(d) || Math.abs(d) > MAX_MAGNITUDE) {
                out.add(new InputError(pointer, (Double.isFinite(d) ? "the number " + shortNumber(node.toString())
                        : "a number this large") + " is far beyond any value allowed here"));
            }
        } else if (node.isArray()) {
            if (node.size() > MAX_ITEMS) {
                out.add(new InputError(pointer, "the list has " + node.size() + " items; no list in a request has more than "
                        + MAX_ITEMS));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                checkBounds(node.get(i), pointer + "/" + i, out);
            }
        } else if (node.isObject()) {
            if (node.size() > MAX_ITEMS) {
                out.add(new InputError(pointer, "the object has " + node.size() + " fields; no object in a request has more than "
                        + MAX_ITEMS));
                return;
            }
            for (var e : node.properties()) {
                checkBounds(e.getValue(), pointer + "/" + escape(e.getKey()), out);
            }
        }
    }

    /** The first {@link #MAX_ERRORS} problems, then one line that says how many more there are. */
    static List<InputError> capped(List<InputError> errors) {
        if (errors.size() <= MAX_ERRORS) {
            return errors;
        }
        List<InputError> out = new ArrayList<>(errors.subList(0, MAX_ERRORS));
        out.add(new InputError("", "and " + (errors.size() - MAX_ERRORS) + " more problems not listed"));
        return out;
    }

    /** Where the parser stopped, as a JSON pointer: the field or item it was reading. */
    private static String pointer(JacksonException e) {
        try {
            if (e.processor() instanceof JsonParser p) {
                TokenStreamContext ctx = p.streamReadContext();
                return ctx == null ? "" : ctx.pathAsPointer().toString();
            }
        } catch (RuntimeException ignored) {
            // no position known: the whole request
        }
        return "";
    }

    /** The parser's complaint in the words of a request, without its class or method names. */
    private static String describe(JacksonException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth")) {
                return "nested more than " + MAX_DEPTH + " levels deep (a request nests three)";
            }
            if (m.contains("Number value length") || m.contains("number")) {
                return "a number with more than " + MAX_NUMBER_DIGITS + " digits";
            }
            if (m.contains("document length") || m.contains("Document length")) {
                return "the request is longer than " + MAX_REQUEST_CHARS + " characters";
            }
            if (m.contains("String value length")) {
                return "a text value is far too long";
            }
            return "the request is too large";
        }
        if (isDuplicate(e)) {
            return "a field is given twice" + quotedName(m) + "; give each field once";
        }
        // drop references to parser internals such as (from `StreamReadConstraints...`) or `tools.jackson...`
        m = m.replaceAll("\\s*\\([^()]*`[^`]*`[^()]*\\)", "").replaceAll("`[a-z]+(\\.[A-Za-z0-9_$]+)+`", "a value");
        m = m.replace("\n", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    private static boolean isDuplicate(JacksonException e) {
        String m = e.getOriginalMessage();
        return m != null && (m.startsWith("Duplicate Object property") || m.startsWith("Duplicate field"));
    }

    private static String quotedName(String message) {
        int a = message.indexOf('"');
        int b = a < 0 ? -1 : message.indexOf('"', a + 1);
        if (a < 0 || b < 0 || b - a > 82) {
            return "";
        }
        return " ('" + message.substring(a + 1, b).replaceAll("\\p{Cntrl}", "?") + "')";
    }

    private static String shortNumber(String n) {
        return n.length() > 24 ? n.substring(0, 12) + "..." + " (" + n.length() + " characters)" : n;
    }

    /** A field name as a JSON pointer token (RFC 6901). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** "$.person.age_years" or "$.symptoms[2]" to "/person/age_years" or "/symptoms/2". */
    static String jsonPathToPointer(String path) {
        String p = path.substring(1).replaceAll("\\[(\\d+)]", ".$1").replaceAll("\\['([^']*)']", ".$1");
        return p.isEmpty() ? "" : p.replace('.', '/');
    }
}
