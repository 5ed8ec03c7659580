package org.crampcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crampcare.interview.Answers;
import org.crampcare.interview.Interview;
import org.crampcare.rules.Question;
import org.crampcare.support.Fixtures;
import org.crampcare.support.RequestArbitraries;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Safety properties from the edges of the triage policy (clinical brief 2, v1.1) over schema-valid requests: an
 * unrecognised medicine never reassures, first aid never rubs, warms or walks a leg that may hold a clot, and
 * pregnancy is never asked of a man, a child under 10 or a woman over 60.
 */
class SafetyProperties {
    /** First aid that must never come with clot signs, chest or breathing signs, or a cold, pale leg. */
    static final Set<String> MOVES_RUBS_OR_WARMS = Set.of("massage", "massage_with_caution", "warmth", "stand_and_walk");
    static final Set<String> CLOT_OR_BLOCKED_ARTERY = Set.of("possible_dvt", "breathing_or_chest", "cold_pale_leg");
    static final Set<String> PREGNANCY = Set.of("/person/pregnant", "/person/pregnancy_week");

    private static final Interview INTERVIEW = new Interview(Fixtures.engine(), Fixtures.reader());

    @Provide
    Arbitrary<JsonNode> requests() {
        return RequestArbitraries.requests();
    }

    /** Medicine names that CrampCare does not know: "Zentrolix", "Qwertazol 20 mg". */
    @Provide
    Arbitrary<String> madeUpMedicines() {
        Arbitrary<String> stem = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8);
        Arbitrary<String> ending = Arbitraries.of("ix", "ol", "azol", "ine", "umab", "ex", "pril", "tan", "");
        Arbitrary<String> dose = Arbitraries.of("", " 5 mg", " 20mg", " 0.5 mg", " 250/50", " tablets");
        return Combinators.combine(stem, ending, dose)
                .as((s, e, d) -> s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1) + e + d)
                .filter(name -> Fixtures.kb().medicineIndex().match(name).isEmpty());
    }

    @Property(tries = 400)
    void anUnrecognisedMedicineNeverGivesALowerLevelThanNoMedicineList(@ForAll("requests") JsonNode request,
            @ForAll("madeUpMedicines") String name) {
        ObjectNode without = ((ObjectNode) request).deepCopy();
        without.remove("medications");
        ObjectNode with = ((ObjectNode) request).deepCopy();
        with.putArray("medications").add(name);
        assertThat(level(with)).as("level with medications [%s] for %s", name, without)
                .isGreaterThanOrEqualTo(level(without));
    }

    @Property(tries = 600)
    void firstAidNeverRubsWarmsOrWalksALegThatMayHoldAClotOrHasLostItsBloodSupply(
            @ForAll("requests") JsonNode request) {
        AssessmentResult result = Fixtures.engine().assess(Fixtures.reader().validate(request));
        List<String> reasons = Fixtures.ids(result.triage().reasons());
        Statistics.label("clot or blocked-artery reason").collect(reasons.stream().anyMatch(CLOT_OR_BLOCKED_ARTERY::contains));
        if (reasons.stream().noneMatch(CLOT_OR_BLOCKED_ARTERY::contains)) {
            return;
        }
        assertThat(Fixtures.ids(result.firstAid())).as("first aid with reasons %s for %s", reasons, request)
                .doesNotContainAnyElementsOf(MOVES_RUBS_OR_WARMS);
    }

    /** A request of someone who cannot be pregnant: a man, a child under 10 or a woman over 60. */
    @Provide
    Arbitrary<JsonNode> cannotBePregnant() {
        Arbitrary<double[]> who = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 120).ofScale(1).map(age -> new double[] {0, age}),
                Arbitraries.doubles().between(0, 9.9).ofScale(1).map(age -> new double[] {1, age}),
                Arbitraries.doubles().between(60.1, 120).ofScale(1).map(age -> new double[] {2, age}));
        return Combinators.combine(RequestArbitraries.requests(), who, Arbitraries.of("female", "other", "none"))
                .as((request, w, sex) -> {
                    ObjectNode r = ((ObjectNode) request).deepCopy();
                    ObjectNode person = r.has("person") ? (ObjectNode) r.get("person") : r.putObject("person");
                    if (w[0] == 0) {
                        person.put("sex", "male");
                    } else {
                        person.put("age_years", w[1]);
                        if (sex.equals("none")) {
                            person.remove("sex");
                        } else {
                            person.put("sex", sex);
                        }
                    }
                    person.remove("pregnant");
                    person.remove("pregnancy_week");
                    return (JsonNode) r;
                });
    }

    @Property(tries = 400)
    void pregnancyIsNeverAskedOfAManAChildUnder10OrAWomanOver60(@ForAll("cannotBePregnant") JsonNode request) {
        AssessmentResult result = Fixtures.engine().assess(Fixtures.reader().validate(request));
        assertThat(result.followUpQuestions().stream().map(AssessmentResult.FollowUp::field))
                .as("follow-up questions for %s", request.get("person")).doesNotContainAnyElementsOf(PREGNANCY);
    }

    @Property(tries = 200)
    void theInterviewNeverAsksPregnancyOfAManAChildUnder10OrAWomanOver60(@ForAll("cannotBePregnant") JsonNode request) {
        Answers answers = Answers.none();
        for (String field : List.of("/person/sex", "/person/age_years")) {
            JsonNode v = request.at(field);
            if (!v.isMissingNode()) {
                answers = answers.with(field, org.crampcare.interview.Answer.of(v));
            }
        }
        var step = INTERVIEW.step(answers);
        List<String> asked = new java.util.ArrayList<>(step.next().stream().map(Question::field).toList());
        step.further().forEach(a -> a.questions().forEach(q -> asked.add(q.field())));
        assertThat(asked).as("questions for %s", request.get("person")).doesNotContainAnyElementsOf(PREGNANCY);
    }

    private static int level(JsonNode request) {
        return Fixtures.engine().assess(Fixtures.reader().validate(request)).triage().level().ordinal();
    }
}
