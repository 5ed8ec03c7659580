package org.crampcare.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormReaderTest {
    private final FormReader reader = TestAssessment.FORMS;

    private static int index(String field) {
        return TestAssessment.question(field).index();
    }

    private static Map<String, String[]> form(String trail, String... nameValue) {
        Map<String, String[]> map = new LinkedHashMap<>();
        map.put("_trail", new String[] { trail });
        for (int i = 0; i < nameValue.length; i += 2) {
            String[] old = map.getOrDefault(nameValue[i], new String[0]);
            String[] values = java.util.Arrays.copyOf(old, old.length + 1);
            values[old.length] = nameValue[i + 1];
            map.put(nameValue[i], values);
        }
        return map;
    }


    @Test
    void aNumberWithAHugeExponentIsAFieldErrorNotAFailure() {
        String trail = String.valueOf(index("/episode/duration_seconds"));
        for (String typed : new String[] { "1e2147483647", "1e9999999", "1E5", "Infinity", "NaN", "0x10" }) {
            FormReader.Submission s = reader.read(form("0." + trail, "/episode/duration_seconds", typed, "_nav", "next"));
            assertThat(s.errors()).as(typed).containsKey("/episode/duration_seconds");
            assertThat(s.typed().get("/episode/duration_seconds")).as(typed).isEqualTo(typed);
        }
    }

    @Test
    void aLongTypedValueIsNotEchoedBackWhole() {
        String trail = String.valueOf(index("/episode/duration_seconds"));
        String typed = "9".repeat(250);
        FormReader.Submission s = reader.read(form("0." + trail, "/episode/duration_seconds", typed, "_nav", "next"));
        assertThat(s.errors()).containsKey("/episode/duration_seconds");
        assertThat(s.typed().get("/episode/duration_seconds")).hasSizeLessThanOrEqualTo(FormReader.MAX_ECHO_LENGTH);
    }

    private static String personPage() {
        return "0." + index("/person/age_years") + "-" + index("/person/sex");
    }

    @Test
    void readsTheAnswersOnScreenAndTheCarriedOnes() {
        FormReader.Submission s = reader.read(form(personPage(), "/episode/fully_aware", "yes",
                "/person/age_years", " 42,5 ", "/person/sex", "female", "_nav", "next"));
        assertThat(s.answers().of("/person/age_years")).containsExactly("42.5");
        assertThat(s.answers().of("/episode/fully_aware")).containsExactly("yes");
        assertThat(s.hasErrors()).isFalse();
    }

    @Test
    void anAgeOutOfRangeIsAFieldErrorWithTheRange() {
        FormReader.Submission s = reader.read(form(personPage(), "/person/age_years", "200", "_nav", "next"));
        assertThat(s.errors()).containsEntry("/person/age_years", "Enter a number from 0 to 120.");
        assertThat(s.typed()).containsEntry("/person/age_years", "200");
    }

    @Test
    void wordsForANumberAreAFieldError() {
        FormReader.Submission s = reader.read(form(personPage(), "/person/age_years", "forty", "_nav", "next"));
        assertThat(s.errors()).containsKey("/person/age_years");
    }

    @Test
    void aDurationInMinutesIsSentInSeconds() {
        String trail = String.valueOf(index("/episode/duration_seconds"));
        FormReader.Submission s = reader.read(form("0." + trail, "/episode/duration_seconds", "2", "_unit", "min"));
        assertThat(s.answers().of("/episode/duration_seconds")).containsExactly("120");
    }

    @Test
    void aTamperedCarriedAnswerIsABadForm() {
        assertThatThrownBy(() -> reader.read(form(personPage(), "/episode/pain", "eleven")))
                .isInstanceOf(BadFormException.class);
    }

    @Test
    void aRadioValueNeverOfferedIsABadForm() {
        assertThatThrownBy(() -> reader.read(form("0", "/episode/fully_aware", "maybe")))
                .isInstanceOf(BadFormException.class);
    }

    @Test
    void anUnknownFieldIsABadForm() {
        assertThatThrownBy(() -> reader.read(form("0", "/person/name", "Bob"))).isInstanceOf(BadFormException.class)
                .hasMessageContaining("/person/name");
    }

    @Test
    void aTrailThatIsNotOursIsABadForm() {
        assertThatThrownBy(() -> reader.read(form("0.0"))).isInstanceOf(BadFormException.class);
        assertThatThrownBy(() -> reader.read(form("9999"))).isInstanceOf(BadFormException.class);
        assertThatThrownBy(() -> reader.read(form("0;drop"))).isInstanceOf(BadFormException.class);
        assertThatThrownBy(() -> reader.read(Map.of())).isInstanceOf(BadFormException.class);
    }

    @Test
    void tooManyMedicinesIsAFieldError() {
        String trail = "0." + index("/medications");
        FormReader.Submission s = reader.read(form(trail, "/medications", "a\n".repeat(51)));
        assertThat(s.errors()).containsKey("/medications");
    }

    @Test
    void noneOfTheseIsAnAnsweredEmptyList() {
        String trail = "0." + index("/conditions");
        assertThat(reader.read(form(trail, "/conditions", "_none")).answers().of("/conditions")).containsExactly("_none");
        assertThat(reader.read(form(trail, "/conditions", "_none", "/conditions", "diabetes")).answers().of("/conditions"))
                .containsExactly("diabetes");
        assertThat(reader.read(form(trail)).answers().of("/conditions")).isEmpty();
    }
}
