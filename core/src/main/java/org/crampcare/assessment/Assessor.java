package org.crampcare.assessment;

import org.crampcare.knowledge.KnowledgeBase;

/** Text in, text out: the whole assessment pipeline as the adapters use it (command line, HTTP). */
public final class Assessor {
    private final RequestReader reader = new RequestReader();
    private final AssessmentEngine engine;
    private final ResultWriter writer = new ResultWriter();

    public Assessor(KnowledgeBase kb) {
        this.engine = new AssessmentEngine(kb);
    }

    /** The outcome of one request: the JSON to print, and the problems when the request was not valid. */
    public record Outcome(boolean ok, String json, java.util.List<InputError> errors) {
    }

    /** Assesses one request given as JSON text; an invalid request gives the contract's error object. */
    public Outcome assess(String requestJson) {
        try {
            return new Outcome(true, writer.write(engine.assess(reader.read(requestJson))), java.util.List.of());
        } catch (InvalidRequestException e) {
            return new Outcome(false, writer.writeError(e.errors()), e.errors());
        }
    }

    public AssessmentEngine engine() {
        return engine;
    }

    public RequestReader reader() {
        return reader;
    }

    public ResultWriter writer() {
        return writer;
    }
}
