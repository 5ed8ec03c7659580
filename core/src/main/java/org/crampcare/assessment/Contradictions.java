package org.crampcare.assessment;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Answers that cannot all be true at once: bad input with a pointer, never a silent choice of one of them (a
 * pregnancy week for someone who is not pregnant, a seizure that is both over and still going). Checked after the
 * schema, so every field here already has its contract type. (A value both listed and in {@code not_sure} is not one
 * of them: listed means yes.)
 */
final class Contradictions {
    private Contradictions() {
    }

    static List<InputError> of(JsonNode request) {
        List<InputError> out = new ArrayList<>();
        JsonNode person = request.path("person");
        if (person.path("pregnancy_week").isNumber() && person.path("pregnant").isBoolean()
                && !person.path("pregnant").asBoolean()) {
            out.add(new InputError("/person/pregnancy_week", "a pregnancy week is given, but pregnant is false"));
        }
        if (person.path("pregnant").asBoolean(false) && "male".equals(person.path("sex").asString(""))) {
            out.add(new InputError("/person/pregnant", "pregnant is true, but sex is male"));
        }
        JsonNode episode = request.path("episode");
        if (episode.path("ongoing").asBoolean(false) && episode.path("recovered").asBoolean(false)) {
            out.add(new InputError("/episode/recovered",
                    "recovered is true (the episode is over), but ongoing is true (it is still going)"));
        }
        return out;
    }
}
