package org.crampcare.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixed set of requests the assessment benchmarks cycle through: the public vignettes (from
 * core/src/test/resources/vignettes/public.json, packaged into this module) followed by generated requests.
 */
public final class Workload {
    /** Generated requests added to the vignettes (45 today, so 1,069 requests in all). */
    public static final int GENERATED = 1024;
    public static final long SEED = 20240601L;

    private Workload() {
    }

    /** The vignettes' requests, then {@link #GENERATED} generated ones, each as compact JSON text. */
    public static List<String> requests() {
        List<String> out = new ArrayList<>(vignettes());
        out.addAll(RequestGenerator.generate(GENERATED, SEED));
        return List.copyOf(out);
    }

    /** The requests of the public vignettes, as compact JSON text. */
    public static List<String> vignettes() {
        JsonMapper mapper = JsonMapper.builder().build();
        try (InputStream in = Workload.class.getClassLoader().getResourceAsStream("vignettes/public.json")) {
            if (in == null) {
                throw new IllegalStateException("vignettes/public.json is not on the class path");
            }
            List<String> out = new ArrayList<>();
            for (JsonNode vignette : mapper.readTree(in)) {
                out.add(mapper.writeValueAsString(vignette.get("request")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
