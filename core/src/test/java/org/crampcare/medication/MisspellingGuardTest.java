package org.crampcare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.crampcare.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the real table: where two medicines have names close to each other, the misspelling match never guesses
 * between them. Checked against a brute-force nearest-name search over the spellings between each close pair.
 */
class MisspellingGuardTest {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();
    private static final MedicineIndex INDEX = Fixtures.kb().medicineIndex();
    /** Each name's letters (as the index glues its words) and its medicine. */
    private static final Map<String, Medicine> SPELLINGS = new HashMap<>();
    private static final List<String[]> CLOSE_PAIRS = new ArrayList<>();

    @BeforeAll
    static void closePairs() {
        for (Medicine m : Fixtures.kb().medicines()) {
            for (String name : m.names()) {
                SPELLINGS.putIfAbsent(String.join("", MedicineIndex.words(name)), m);
            }
        }
        List<String> all = new ArrayList<>(SPELLINGS.keySet());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                String a = all.get(i);
                String b = all.get(j);
                if (SPELLINGS.get(a) != SPELLINGS.get(b)
                        && Math.min(a.length(), b.length()) >= MedicineIndex.FUZZY_MIN_LETTERS
                        && Math.abs(a.length() - b.length()) <= 2 && DISTANCE.apply(a, b) <= 2) {
                    CLOSE_PAIRS.add(new String[] {a, b});
                }
            }
        }
    }

    @Test
    void theRealTableHasNamesOfDifferentMedicinesCloseToEachOther() {
        System.out.println("medicine names of different medicines within 2 edits: " + CLOSE_PAIRS.size() + ", e.g. "
                + CLOSE_PAIRS.stream().limit(8).map(p -> p[0] + "~" + p[1]).toList());
        assertThat(CLOSE_PAIRS).isNotEmpty();
    }

    @Test
    void aNameWithinOneEditOfAnotherMedicinesNameIsOnlyRecognisedSpeltExactly() {
        for (String[] p : CLOSE_PAIRS) {
            if (DISTANCE.apply(p[0], p[1]) <= 1) {
                assertThat(INDEX.forgivesMisspellingsOf(p[0])).as(p[0] + " ~ " + p[1]).isFalse();
                assertThat(INDEX.forgivesMisspellingsOf(p[1])).as(p[1] + " ~ " + p[0]).isFalse();
            }
        }
    }

    @Test
    void betweenTwoCloseNamesTheMatchIsTheStrictlyNearestMedicineOrNone() {
        int guessed = 0;
        int refused = 0;
        for (String[] p : CLOSE_PAIRS) {
            for (String typed : between(p[0], p[1])) {
                if (SPELLINGS.containsKey(typed)) {
                    continue; // an exact name, not a misspelling
                }
                Optional<Medicine> got = INDEX.misspelt(typed);
                if (got.isEmpty()) {
                    refused++;
                    continue;
                }
                guessed++;
                int own = nearest(typed, got.get());
                for (Medicine other : Set.copyOf(SPELLINGS.values())) {
                    if (other != got.get()) {
                        assertThat(nearest(typed, other)).as("'%s' read as %s but %s is as close", typed,
                                got.get().generic(), other.generic()).isGreaterThan(own);
                    }
                }
            }
        }
        System.out.printf("spellings between close names: %d read as the strictly nearest medicine, %d refused%n",
                guessed, refused);
        assertThat(refused).isPositive();
    }

    private static int nearest(String typed, Medicine m) {
        int best = Integer.MAX_VALUE;
        for (Map.Entry<String, Medicine> e : SPELLINGS.entrySet()) {
            if (e.getValue() == m) {
                best = Math.min(best, DISTANCE.apply(typed, e.getKey()));
            }
        }
        return best;
    }

    /** Spellings one edit from either name: each letter dropped, and each letter of one replaced by the other's. */
    private static Set<String> between(String a, String b) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : List.of(a, b)) {
            for (int i = 0; i < s.length(); i++) {
                out.add(s.substring(0, i) + s.substring(i + 1));
            }
        }
        if (a.length() == b.length()) {
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    out.add(a.substring(0, i) + b.charAt(i) + a.substring(i + 1));
                    out.add(b.substring(0, i) + a.charAt(i) + b.substring(i + 1));
                }
            }
        }
        return out;
    }
}
