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
}
