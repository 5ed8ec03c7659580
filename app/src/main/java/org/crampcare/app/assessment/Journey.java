package org.crampcare.app.assessment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.crampcare.interview.Answer;
import org.crampcare.interview.Answers;
import org.crampcare.rules.Question;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answers so far, page by page, and who the questions are for. Nothing is stored on the server: the journey
 * travels in the URL as a compact token ({@link #token()}: the pages as JSON, deflated, base64url), so Back, Reload
 * and a shared result link all work, and each request rebuilds the journey from its token. Answers are keyed by
 * question field (a JSON pointer), never by position, so a knowledge update cannot reassign them; "not sure" is null.
 */
record Journey(Optional<Who> who, List<Map<String, Answer>> pages) {
    static final int MAX_TOKEN = 6_000;
    private static final int MAX_JSON = 32_768;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * One deflater and one inflater for each thread, reset for each token. Making a new one sets up zlib's state
     * (about 256 KB to deflate) and ending it frees it: in a profile of questionnaire steps that took as many
     * samples as the compressing itself.
     */
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal
            .withInitial(() -> new Deflater(Deflater.DEFAULT_COMPRESSION, true));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    /** Who the answers are about: the wording follows it. */
    enum Who {
        SELF(Question.Audience.YOU), SOMEONE_ELSE(Question.Audience.THEY), CHILD(Question.Audience.CHILD);

        final Question.Audience audience;

        Who(Question.Audience audience) {
            this.audience = audience;
        }
    }

    /** The wording of the questions: "you" until said otherwise. */
    Question.Audience audience() {
        return who.map(w -> w.audience).orElse(Question.Audience.YOU);
    }

    Journey {
        pages = pages.stream().map(Journey::ordered).toList();
    }

    private static Map<String, Answer> ordered(Map<String, Answer> page) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(page));
    }

    static Journey start() {
        return new Journey(Optional.empty(), List.of());
    }

    Journey forWho(Who w) {
        return new Journey(Optional.of(w), pages);
    }

    /** Every answer, later pages winning. */
    Answers answers() {
        Answers out = Answers.none();
        for (Map<String, Answer> page : pages) {
            for (var e : page.entrySet()) {
                out = out.with(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    Journey plus(Map<String, Answer> page) {
        List<Map<String, Answer>> out = new ArrayList<>(pages);
        out.add(page);
        return new Journey(who, out);
    }

    /** The journey before its last page (Back). */
    Journey back() {
        return pages.isEmpty() ? new Journey(Optional.empty(), List.of())
                : new Journey(who, pages.subList(0, pages.size() - 1));
    }

    /** One answer changed in place ("Check your answers"). */
    Journey changed(String field, Answer answer) {
        List<Map<String, Answer>> out = new ArrayList<>();
        boolean found = false;
        for (Map<String, Answer> page : pages) {
            Map<String, Answer> p = new LinkedHashMap<>(page);
            if (p.containsKey(field)) {
                p.put(field, answer);
                found = true;
            }
            out.add(p);
        }
        if (!found) {
            out.add(Map.of(field, answer));
        }
        return new Journey(who, out);
    }

    int size() {
        return pages.size();
    }

    String token() {
        ObjectNode root = NODES.objectNode();
        who.ifPresent(w -> root.put("w", w.name()));
        ArrayNode ps = root.putArray("p");
        for (Map<String, Answer> page : pages) {
            ObjectNode p = ps.addObject();
            page.forEach((f, a) -> p.set(f, a instanceof Answer.Given g ? g.value() : NODES.nullNode()));
        }
        byte[] json = JSON.writeValueAsBytes(root);
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(json);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1024];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Reads a token; a {@link BadFormException} for anything our pages could not have made. */
    static Journey parse(String token) {
        if (token == null || token.isEmpty()) {
            return start();
        }
        if (token.length() > MAX_TOKEN) {
            throw new BadFormException("The link is too long. Please start again.");
        }
        try {
            byte[] packed = Base64.getUrlDecoder().decode(token);
            Inflater inflater = INFLATER.get();
            inflater.reset();
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, n);
                if (out.size() > MAX_JSON) {
                    throw new BadFormException("The link is not valid. Please start again.");
                }
            }
            JsonNode root = JSON.readTree(new String(out.toByteArray(), StandardCharsets.UTF_8));
            Optional<Who> who = Optional.empty();
            if (root.has("w")) {
                who = Optional.of(Who.valueOf(root.get("w").asString()));
            }
            List<Map<String, Answer>> pages = new ArrayList<>();
            for (JsonNode p : root.path("p")) {
                Map<String, Answer> page = new LinkedHashMap<>();
                for (var e : p.properties()) {
                    page.put(e.getKey(), e.getValue().isNull() ? Answer.notSure() : Answer.of(e.getValue()));
                }
                pages.add(page);
            }
            return new Journey(who, pages);
        } catch (IllegalArgumentException | DataFormatException | JacksonException e) {
            throw new BadFormException("The link is not valid. Please start again.");
        }
    }
}
