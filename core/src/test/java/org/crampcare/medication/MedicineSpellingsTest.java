package org.crampcare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.crampcare.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Medicines as people type them (medication/spellings.tsv): brand and generic names in any case, glued and spaced
 * doses, Latin and Cyrillic units and forms, misspellings, Cyrillic names, combinations, abbreviations, several on one
 * line, and ordinary words that are no medicine. Every line must come out as expected.
 */
class MedicineSpellingsTest {
    private static final MedicineIndex INDEX = Fixtures.kb().medicineIndex();
    private static final AtomicInteger CHECKED = new AtomicInteger();
    private static final AtomicInteger AS_EXPECTED = new AtomicInteger();

    static List<Arguments> spellings() {
        try (InputStream in = MedicineSpellingsTest.class.getResourceAsStream("/medication/spellings.tsv")) {
            List<Arguments> out = new ArrayList<>();
            int line = 0;
            for (String s : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line++;
                if (s.isBlank() || s.startsWith("#")) {
                    continue;
                }
                String[] f = s.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException("spellings.tsv line " + line + ": expected 3 tab-separated fields");
                }
                out.add(Arguments.of(line, f[0], f[1], f[2]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "line {0}: {1} -> {2}")
    @MethodSource("spellings")
    void isRecognisedAsExpected(int line, String input, String generics, String classes) {
        List<Medicine> got = INDEX.recognise(input);
        CHECKED.incrementAndGet();
        List<String> expectedGenerics = generics.equals("-") ? List.of() : List.of(generics.split(","));
        List<String> expectedClasses = classes.equals("-") ? List.of() : List.of(classes.split(","));
        assertThat(got).extracting(Medicine::generic).as("generics of '%s'", input).isEqualTo(expectedGenerics);
        assertThat(got).extracting(Medicine::medicineClass).as("classes of '%s'", input).isEqualTo(expectedClasses);
        AS_EXPECTED.incrementAndGet();
    }

    @Test
    void theCorpusHasAtLeast300Spellings() {
        assertThat(spellings()).hasSizeGreaterThanOrEqualTo(300);
    }

    @AfterAll
    static void printHitRate() {
        if (CHECKED.get() > 0) {
            System.out.printf("medicine spellings: %d of %d as expected (%.1f%%)%n", AS_EXPECTED.get(), CHECKED.get(),
                    100.0 * AS_EXPECTED.get() / CHECKED.get());
        }
    }
}
