package org.crampcare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Requests are read strictly, and every error says where (a JSON pointer) and what. */
class RequestReaderTest {
    private final RequestReader reader = new RequestReader();

    @Test
    void anEmptyObjectIsAValidRequest() {
        assertThat(reader.read("{}").json().isObject()).isTrue();
    }

    @Test
    void anUnknownFieldIsRejectedWithItsPointer() {
        assertThat(errors("{\"person\": {\"age\": 30}}")).anySatisfy(e -> {
            assertThat(e.pointer()).isEqualTo("/person/age");
            assertThat(e.message()).contains("unknown field");
        });
    }

    @Test
    void aTypoInASymptomIsRejectedNotIgnored() {
        assertThat(errors("{\"symptoms\": [\"dark_urin\"]}")).extracting(InputError::pointer).contains("/symptoms/0");
    }

    @Test
    void aWrongTypeIsRejectedWithItsPointer() {
        assertThat(errors("{\"person\": {\"age_years\": \"forty\"}}")).extracting(InputError::pointer)
                .containsExactly("/person/age_years");
    }

    @Test
    void anOutOfRangeValueIsRejectedWithItsPointer() {
        assertThat(errors("{\"person\": {\"age_years\": 130}}")).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/person/age_years");
            assertThat(e.message()).contains("120");
        });
        assertThat(errors("{\"episode\": {\"pain\": 11}}")).extracting(InputError::pointer).containsExactly("/episode/pain");
    }

    @Test
    void everyErrorIsReportedNotJustTheFirst() {
        assertThat(errors("{\"person\": {\"age_years\": -1, \"sex\": \"x\"}, \"extra\": 1}")).extracting(InputError::pointer)
                .contains("/person/age_years", "/person/sex", "/extra");
    }

    @Test
    void textThatIsNotJsonIsRejected() {
        assertThat(errors("{\"person\": ")).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEmpty();
            assertThat(e.message()).contains("not valid JSON");
        });
        assertThat(errors("")).singleElement().satisfies(e -> assertThat(e.message()).contains("empty"));
    }

    @Test
    void aJsonValueThatIsNotAnObjectIsRejected() {
        assertThat(errors("[1, 2]")).singleElement().satisfies(e -> assertThat(e.message()).contains("expected a JSON object"));
    }

    @Test
    void trailingContentAfterTheObjectIsRejected() {
        assertThat(errors("{} {}")).singleElement().satisfies(e -> assertThat(e.message()).contains("not valid JSON"));
    }

    @Test
    void tooManyMedicinesAreRejected() {
        String meds = "\"a\",".repeat(50) + "\"a\"";
        assertThat(errors("{\"medications\": [" + meds + "]}")).extracting(InputError::pointer).contains("/medications");
    }


    @Test
    void aNumberBeyondLongRangeIsRejectedWithItsPointer() {
        assertThat(errors("{\"episode\": {\"pain\": 1e19}}")).singleElement()
                .satisfies(e -> assertThat(e.pointer()).isEqualTo("/episode/pain"));
        assertThat(errors("{\"history\": {\"episodes_per_week\": 1e400}}")).singleElement()
                .satisfies(e -> assertThat(e.pointer()).isEqualTo("/history/episodes_per_week"));
        assertThat(errors("{\"episode\": {\"duration_seconds\": 123456789012345678901234567890}}")).singleElement()
                .satisfies(e -> assertThat(e.pointer()).isEqualTo("/episode/duration_seconds"));
    }

    @Test
    void aNumberWithHundredsOfDigitsIsRejectedInPlainWords() {
        assertThat(errors("{\"episode\": {\"duration_seconds\": 1" + "0".repeat(309) + "}}")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("digits").doesNotContain("StreamReadConstraints", "`"));
    }

    @Test
    void aFieldGivenTwiceIsRejectedSoARedFlagCannotVanish() {
        assertThat(errors("{\"symptoms\": [\"chest_pain\"], \"symptoms\": []}")).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/symptoms");
            assertThat(e.message()).contains("twice");
        });
    }

    @Test
    void deepNestingIsRejectedInPlainWords() {
        assertThat(errors("[".repeat(600))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("nested").doesNotContain("StreamReadConstraints", "`"));
    }

    @Test
    void aHugeListIsOneProblemNotThousands() {
        String items = String.join(",", java.util.Collections.nCopies(30_000, "0"));
        assertThat(errors("{\"symptoms\": [" + items + "]}")).singleElement()
                .satisfies(e -> assertThat(e.pointer()).isEqualTo("/symptoms"));
    }

    @Test
    void atMostTwentyProblemsAreListedThenHowManyMore() {
        String items = String.join(",", java.util.stream.IntStream.range(0, 50).mapToObj(i -> "\"x" + i + "\"").toList());
        List<InputError> errors = errors("{\"symptoms\": [" + items + "]}");
        assertThat(errors).hasSize(RequestReader.MAX_ERRORS + 1);
        assertThat(errors.get(RequestReader.MAX_ERRORS).message()).isEqualTo("and 30 more problems not listed");
    }

    @Test
    void noMessageNamesTheParsersClasses() {
        for (String bad : List.of("null", "[1]", "{\"a\" 1}", "{} x", "\"x\"", "[".repeat(40), "{\"a\":1e99999}")) {
            assertThat(errors(bad)).allSatisfy(e -> assertThat(e.message())
                    .doesNotContain("tools.jackson", "JsonNode", "StreamReadConstraints", "`"));
        }
    }

    private List<InputError> errors(String json) {
        try {
            reader.read(json);
        } catch (InvalidRequestException e) {
            return e.errors();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void invalidRequestsThrowTheContractException() {
        assertThatThrownBy(() -> reader.read("nope")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void answersThatCannotBothBeTrueAreBadInputWithAPointer() {
        assertThat(pointers("{\"person\": {\"pregnant\": false, \"pregnancy_week\": 20}}"))
                .containsExactly("/person/pregnancy_week");
        assertThat(pointers("{\"person\": {\"pregnant\": true, \"sex\": \"male\"}}")).containsExactly("/person/pregnant");
        assertThat(pointers("{\"episode\": {\"ongoing\": true, \"recovered\": true}}")).containsExactly("/episode/recovered");
        assertThat(pointers("{\"person\": {\"pregnant\": true, \"pregnancy_week\": 20}}")).isEmpty();
    }

    private static java.util.List<String> pointers(String json) {
        try {
            new RequestReader().read(json);
            return java.util.List.of();
        } catch (InvalidRequestException e) {
            return e.errors().stream().map(InputError::pointer).toList();
        }
    }
}
