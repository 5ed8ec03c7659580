package org.crampcare.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.crampcare.assessment.AssessmentEngine;
import org.crampcare.assessment.AssessmentRequest;
import org.crampcare.assessment.AssessmentResult;
import org.crampcare.assessment.RequestReader;
import org.crampcare.knowledge.KnowledgeBase;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real knowledge base and engine, loaded once for all tests. */
public final class Fixtures {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static KnowledgeBase kb;
    private static AssessmentEngine engine;
    private static RequestReader reader;

    private Fixtures() {
    }

    public static synchronized KnowledgeBase kb() {
        if (kb == null) {
            kb = KnowledgeBase.load();
        }
        return kb;
    }

    public static synchronized AssessmentEngine engine() {
        if (engine == null) {
            engine = new AssessmentEngine(kb());
        }
        return engine;
    }

    public static synchronized RequestReader reader() {
        if (reader == null) {
            reader = new RequestReader();
        }
        return reader;
    }

    /** Validates and assesses a request written as JSON text. */
    public static AssessmentResult assess(String json) {
        return engine().assess(reader().read(json));
    }

    public static AssessmentRequest request(String json) {
        return reader().read(json);
    }

    public static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    /** The published vignettes, from the project's own copy. */
    public static List<JsonNode> vignettes() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/vignettes/public.json")) {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(in).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> ids(List<?> items) {
        List<String> out = new ArrayList<>();
        for (Object o : items) {
            if (o instanceof AssessmentResult.Advice a) {
                out.add(a.id());
            } else if (o instanceof AssessmentResult.Cause c) {
                out.add(c.id());
            } else if (o instanceof AssessmentResult.Mimic m) {
                out.add(m.id());
            } else if (o instanceof AssessmentResult.Reason r) {
                out.add(r.id());
            } else if (o instanceof AssessmentResult.FollowUp f) {
                out.add(f.field());
            }
        }
        return out;
    }
}
