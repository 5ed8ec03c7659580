package org.crampcare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crampcare.support.Fixtures;
import org.junit.jupiter.api.Test;

/** The medicine table as loaded: links, the medicines the clinical brief names, and the rules for combinations. */
class MedicineTableTest {
    private final MedicineIndex index = Fixtures.kb().medicineIndex();
    private final List<Medicine> medicines = Fixtures.kb().medicines();

    private Medicine named(String name) {
        return index.match(name).orElseThrow(() -> new AssertionError("not recognised: " + name));
    }

    @Test
    void everyLinkButNoneCountsAsLinked() {
        assertThat(CrampLink.NONE.linked()).isFalse();
        assertThat(List.of(CrampLink.STRONG, CrampLink.MODERATE, CrampLink.WEAK, CrampLink.REPORTED))
                .allMatch(CrampLink::linked);
    }

    @Test
    void aLinkIsReadAsTheKnowledgeBaseWritesIt() {
        assertThat(CrampLink.parse("reported")).contains(CrampLink.REPORTED);
        assertThat(CrampLink.parse("slight")).isEmpty();
        assertThat(CrampLink.STRONG).hasToString("strong");
    }

    @Test
    void theLinksComeFromTheTable() {
        assertThat(named("Serevent").crampLink()).isEqualTo(CrampLink.STRONG);
        assertThat(named("Aldactone").crampLink()).isEqualTo(CrampLink.STRONG);
        assertThat(named("bendroflumethiazide").crampLink()).isEqualTo(CrampLink.MODERATE);
        assertThat(named("Lasix").crampLink()).isEqualTo(CrampLink.WEAK);
        assertThat(named("Lipitor").crampLink()).isEqualTo(CrampLink.WEAK);
        assertThat(named("bisoprolol").crampLink()).isEqualTo(CrampLink.NONE);
    }

    @Test
    void theMedicinesTheBriefNamesAsReportedAreLinked() {
        for (String name : List.of("Premarin", "Evista", "Forsteo", "Форстео", "Venofer", "Венофер", "naproxen",
                "nifedipine", "amlodipine", "Dulcolax", "Smecta")) {
            assertThat(named(name).crampLink().linked()).as(name).isTrue();
            assertThat(named(name).sources()).as(name).isNotEmpty();
        }
        assertThat(named("teriparatide").crampLink()).isEqualTo(CrampLink.REPORTED);
        assertThat(named("iron sucrose").crampLink()).isEqualTo(CrampLink.REPORTED);
    }

    @Test
    void betaBlockersAndAceInhibitorsHaveNoMeaningfulLink() {
        for (String name : List.of("bisoprolol", "metoprolol", "atenolol", "ramipril", "lisinopril", "enalapril",
                "perindopril")) {
            assertThat(named(name).crampLink()).as(name).isEqualTo(CrampLink.NONE);
        }
    }

    @Test
    void aCombinationWithABetaAgonistOrADiureticTakesThatClass() {
        for (Medicine combination : combinations()) {
            List<Medicine> parts = parts(combination);
            if (parts.stream().anyMatch(p -> p.medicineClass().equals("beta_agonist"))) {
                assertThat(combination.medicineClass()).as(combination.generic()).isEqualTo("beta_agonist");
            } else if (parts.stream().anyMatch(p -> p.medicineClass().equals("diuretic"))) {
                assertThat(combination.medicineClass()).as(combination.generic()).isEqualTo("diuretic");
            }
        }
    }

    @Test
    void aCombinationTakesTheStrongestLinkOfItsParts() {
        for (Medicine combination : combinations()) {
            Optional<CrampLink> strongest = parts(combination).stream().map(Medicine::crampLink)
                    .min(Comparator.naturalOrder());
            strongest.ifPresent(l -> assertThat(combination.crampLink()).as(combination.generic()).isEqualTo(l));
        }
    }

    @Test
    void theCombinationProductsPeopleTypeAreKnown() {
        assertThat(named("Foster 100/6").generic()).isEqualTo("beclometasone/formoterol");
        assertThat(named("Co-amilofide 5/40").generic()).isEqualTo("amiloride/furosemide");
        assertThat(named("Moduretic").crampLink()).isEqualTo(CrampLink.STRONG);
        assertThat(combinations()).hasSizeGreaterThan(40);
    }

    private List<Medicine> combinations() {
        return medicines.stream().filter(m -> m.generic().contains("/")).toList();
    }

    /** The parts of a combination that the table knows as medicines of their own. */
    private List<Medicine> parts(Medicine combination) {
        return List.of(combination.generic().split("/")).stream()
                .map(part -> index.recognise(part).stream().filter(m -> !m.generic().contains("/")).findFirst()
                        .orElse(null))
                .filter(Objects::nonNull).toList();
    }
}
