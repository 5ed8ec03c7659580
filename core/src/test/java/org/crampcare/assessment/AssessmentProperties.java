package org.crampcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crampcare.contract.Contract;
import org.crampcare.rules.Condition;
import org.crampcare.rules.Level;
import org.crampcare.rules.TriageRule;
import org.crampcare.support.Fixtures;
import org.crampcare.support.RequestArbitraries;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Safety properties of the engine over schema-valid requests generated from the contract. */
class AssessmentProperties {
    private static final Schema RESULT_SCHEMA = resultSchema();

    @Provide
    Arbitrary<JsonNode> requests() {
        return RequestArbitraries.requests();
    }

    @Provide
    Arbitrary<String> symptoms() {
        return Arbitraries.of(List.copyOf(Contract.get().allowedValues("/symptoms")));
    }

    @Provide
    Arbitrary<String> conditions() {
        return Arbitraries.of(List.copyOf(Contract.get().allowedValues("/conditions")));
    }

    @Property(tries = 400)
    void theEngineNeverThrowsOnASchemaValidRequest(@ForAll("requests") JsonNode request) {
        AssessmentResult result = Fixtures.engine().assess(Fixtures.reader().validate(request));
        assertThat(result.triage().level()).isNotNull();
    }

    @Property(tries = 300)
    void everyResultValidatesAgainstTheResultSchema(@ForAll("requests") JsonNode request) {
        AssessmentResult result = Fixtures.engine().assess(Fixtures.reader().validate(request));
        JsonNode json = new ResultWriter().toTree(result);
        assertThat(RESULT_SCHEMA.validate(json)).as("schema errors for %s", request).isEmpty();
    }

    @Property(tries = 400)
    void addingASymptomNeverLowersTheLevel(@ForAll("requests") JsonNode request, @ForAll("symptoms") String symptom) {
        ObjectNode more = ((ObjectNode) request).deepCopy();
        addTo(more, "symptoms", symptom);
        assertThat(rank(more)).as("level with %s added to %s", symptom, request).isGreaterThanOrEqualTo(rank(request));
    }

    /**
     * Adding a condition never lowers the level, except a condition that the triage policy names in an exception
     * (`unless`): diagnosed epilepsy turns a short, fully recovered seizure from emergency into urgent (brief 2).
     */
    @Property(tries = 400)
    void addingAConditionNeverLowersTheLevel(@ForAll("requests") JsonNode request, @ForAll("conditions") String condition) {
        if (mitigatingConditions().contains(condition)) {
            return;
        }
        ObjectNode more = ((ObjectNode) request).deepCopy();
        addTo(more, "conditions", condition);
        assertThat(rank(more)).as("level with %s added to %s", condition, request).isGreaterThanOrEqualTo(rank(request));
    }

    @Property(tries = 300)
    void anUnansweredSymptomListNeverGivesALowerLevelThanNoSymptoms(@ForAll("requests") JsonNode request) {
        ObjectNode none = ((ObjectNode) request).deepCopy();
        none.set("symptoms", none.arrayNode());
        ObjectNode unknown = ((ObjectNode) request).deepCopy();
        unknown.remove("symptoms");
        assertThat(rank(unknown)).isGreaterThanOrEqualTo(rank(none));
    }

    @Property(tries = 300)
    void theLevelIsTheMostSeriousLevelOfTheReasons(@ForAll("requests") JsonNode request) {
        AssessmentResult result = Fixtures.engine().assess(Fixtures.reader().validate(request));
        Level expected = result.triage().reasons().stream().map(AssessmentResult.Reason::level)
                .reduce(Level.SELF_CARE, Level::max);
        assertThat(result.triage().level()).isEqualTo(expected);
        assertThat(result.triage().reasons()).allSatisfy(r -> assertThat(r.because()).isNotEmpty());
    }

    private static int rank(JsonNode request) {
        return Fixtures.engine().assess(Fixtures.reader().validate(request)).triage().level().ordinal();
    }

    private static void addTo(ObjectNode request, String list, String value) {
        ArrayNode array = request.has(list) ? (ArrayNode) request.get(list) : request.putArray(list);
        for (JsonNode v : array) {
            if (v.asString().equals(value)) {
                return;
            }
        }
        array.add(value);
    }

    /** Conditions named in the `unless` of a triage rule: the only ones allowed to lower a level. */
    private static Set<String> mitigatingConditions() {
        Set<String> out = new HashSet<>();
        for (TriageRule rule : Fixtures.kb().rules().triage()) {
            rule.unless().ifPresent(u -> collectConditions(u, out));
        }
        return out;
    }

    private static void collectConditions(Condition c, Set<String> out) {
        if (c instanceof Condition.InList l && l.list() == Condition.ListKind.CONDITIONS) {
            out.add(l.value());
        } else if (c instanceof Condition.All a) {
            a.parts().forEach(p -> collectConditions(p, out));
        } else if (c instanceof Condition.Any a) {
            a.parts().forEach(p -> collectConditions(p, out));
        } else if (c instanceof Condition.Not n) {
            collectConditions(n.part(), out);
        } else if (c instanceof Condition.Named n) {
            collectConditions(n.definition(), out);
        }
    }

    private static Schema resultSchema() {
        ObjectNode schema = (ObjectNode) Contract.get().resultSchema().deepCopy();
        schema.remove("$id");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    }
}
