package org.crampcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.crampcare.support.Fixtures;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/** Every published vignette passes, with the checks of contract/README.md. */
class VignetteTest {

    static Stream<Arguments> vignettes() {
        return Fixtures.vignettes().stream()
                .map(v -> Arguments.of(Named.of(v.get("id").asString() + " " + v.get("title").asString(), v)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vignettes")
    void vignetteHoldsEveryExpectation(JsonNode vignette) {
        AssessmentResult r = Fixtures.engine().assess(Fixtures.reader().validate(vignette.get("request")));
        JsonNode expect = vignette.get("expect");
        List<String> top3 = Fixtures.ids(r.causes()).stream().limit(3).toList();

        if (expect.has("level")) {
            assertThat(r.triage().level().id()).as("level").isEqualTo(expect.get("level").asString());
        }
        if (expect.has("causes_top3_any")) {
            assertThat(top3).as("top three causes").containsAnyElementsOf(strings(expect.get("causes_top3_any")));
        }
        if (expect.has("causes_top3_all")) {
            assertThat(top3).as("top three causes").containsAll(strings(expect.get("causes_top3_all")));
        }
        if (expect.has("causes_exclude")) {
            assertThat(top3).as("top three causes").doesNotContainAnyElementsOf(strings(expect.get("causes_exclude")));
        }
        if (expect.has("mimics_include")) {
            assertThat(Fixtures.ids(r.mimics())).as("mimics").containsAll(strings(expect.get("mimics_include")));
        }
        if (expect.has("first_aid_include")) {
            assertThat(Fixtures.ids(r.firstAid())).as("first aid").containsAll(strings(expect.get("first_aid_include")));
        }
        if (expect.has("first_aid_exclude")) {
            assertThat(Fixtures.ids(r.firstAid())).as("first aid").doesNotContainAnyElementsOf(strings(expect.get("first_aid_exclude")));
        }
        if (expect.has("follow_up_exclude")) {
            List<String> excluded = strings(expect.get("follow_up_exclude"));
            assertThat(r.followUpQuestions()).as("follow-up questions")
                    .noneMatch(f -> excluded.stream().anyMatch(x -> f.field().equals(x) || f.field().startsWith(x + "/")));
        }
        if (expect.has("medications")) {
            for (JsonNode m : expect.get("medications")) {
                assertThat(r.medications()).as("medication " + m.get("input").asString())
                        .anySatisfy(got -> {
                            assertThat(got.input()).isEqualTo(m.get("input").asString());
                            assertThat(got.medicineClass()).isEqualTo(m.get("class").asString());
                        });
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }
}
