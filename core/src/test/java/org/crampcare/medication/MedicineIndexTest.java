package org.crampcare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crampcare.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Medicine names are recognised whatever the case, dose, strength or form; several on a line, in order. */
class MedicineIndexTest {
    private final MedicineIndex index = Fixtures.kb().medicineIndex();

    private List<String> generics(String input) {
        return index.recognise(input).stream().map(Medicine::generic).toList();
    }

    private static Medicine medicine(String generic, String... brands) {
        return new Medicine(generic, "other", "test", CrampLink.NONE, List.of(), List.of(brands), List.of("test"));
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
            "Lasix 40 mg, furosemide, diuretic",
            "CRESTOR 10 MG, rosuvastatin, statin",
            "estradiol patch, estradiol, estrogen",
            "Symbicort 160/4.5, budesonide/formoterol, beta_agonist",
            "Seretide 250, fluticasone/salmeterol, beta_agonist",
            "Premarin 0.625 mg, conjugated estrogens, estrogen",
            "Evista 60 mg, raloxifene, estrogen",
            "Adalat LA 30, nifedipine, antihypertensive",
            "Movicol sachets, macrogol, laxative",
            "Smecta, diosmectite, sorbent"})
    void recognisesNamesWithDosesAndForms(String input, String generic, String cls) {
        Medicine m = index.match(input).orElseThrow(() -> new AssertionError("not recognised: " + input));
        assertThat(m.generic()).isEqualTo(generic);
        assertThat(m.medicineClass()).isEqualTo(cls);
    }

    @Test
    void aDoseGluedToANameIsCutOff() {
        assertThat(generics("Lipitor20mg")).containsExactly("atorvastatin");
        assertThat(generics("Ventolin100mcg")).containsExactly("salbutamol");
        assertThat(generics("Фуросемид40мг")).containsExactly("furosemide");
    }

    @Test
    void cyrillicUnitsAndFormsAreIgnored() {
        assertThat(generics("Фуросемид таб. 40 мг")).containsExactly("furosemide");
        assertThat(generics("Аторис табл. 10мг")).containsExactly("atorvastatin");
    }

    @Test
    void everyMedicineOnALineIsRecognisedInOrderOfAppearance() {
        assertThat(generics("Ventolin, Lasix 40 and Lipitor"))
                .containsExactly("salbutamol", "furosemide", "atorvastatin");
    }

    @Test
    void aMedicineNamedTwiceIsListedOnce() {
        assertThat(generics("Lasix 40 mg, furosemide 20 mg")).containsExactly("furosemide");
    }

    @Test
    void matchIsTheFirstRecognisedMedicine() {
        assertThat(index.match("Lipitor and Lasix").map(Medicine::generic)).contains("atorvastatin");
        assertThat(index.match("nothing")).isEmpty();
    }

    @Test
    void anUnknownNameIsNotRecognised() {
        assertThat(index.recognise("unicorn tears 5 ml")).isEmpty();
        assertThat(index.recognise("40 mg")).isEmpty();
        assertThat(index.recognise("")).isEmpty();
    }

    @Test
    void knowsAtLeast150Names() {
        assertThat(index.size()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void theLongestKnownNameWins() {
        assertThat(generics("Diovan HCT 80/12.5")).containsExactly("valsartan/hydrochlorothiazide");
        assertThat(generics("Diovan 80")).containsExactly("valsartan");
    }

    @Test
    void aCommaSeparatesMedicinesSoNoCombinationSpansIt() {
        assertThat(generics("amlodipine, valsartan")).containsExactly("amlodipine", "valsartan");
        assertThat(generics("amlodipine/valsartan 5/160")).containsExactly("amlodipine/valsartan");
    }

    @Test
    void wordsGluedTogetherThatSpellANameCount() {
        assertThat(generics("coamilofruse")).containsExactly("amiloride/furosemide");
        assertThat(generics("nospa")).containsExactly("drotaverine");
    }

    @Test
    void thresholdsGrowWithTheLengthOfTheWord() {
        assertThat(MedicineIndex.allowedEdits(5)).isZero();
        assertThat(MedicineIndex.allowedEdits(6)).isEqualTo(1);
        assertThat(MedicineIndex.allowedEdits(8)).isEqualTo(1);
        assertThat(MedicineIndex.allowedEdits(9)).isEqualTo(2);
    }

    @Test
    void aMisspellingWithinTheThresholdIsForgiven() {
        assertThat(generics("atorvastatine")).containsExactly("atorvastatin"); // 13 letters, 1 edit
        assertThat(generics("spirinolactone")).containsExactly("spironolactone"); // 14 letters, 1 edit
        assertThat(generics("furosamide 40")).containsExactly("furosemide"); // 10 letters, 1 edit
        assertThat(generics("Lipitur")).containsExactly("atorvastatin"); // 7 letters, 1 edit
    }

    @Test
    void aMisspellingBeyondTheThresholdIsNotGuessed() {
        assertThat(index.recognise("Lipotur")).isEmpty(); // 7 letters, 2 edits
        assertThat(index.recognise("atorvstatne")).isEmpty(); // 12 letters, 3 edits
    }

    @Test
    void wordsUnderSixLettersAreNeverForgivenAMisspelling() {
        assertThat(index.recognise("Lasx")).isEmpty();
        assertThat(index.recognise("Zocr")).isEmpty();
    }

    @Test
    void anExactNameWinsOverAMisspellingOfAnother() {
        var small = new MedicineIndex(List.of(medicine("alpha", "Ketonal"), medicine("beta", "Ketanol")));
        assertThat(small.recognise("Ketanol").stream().map(Medicine::generic)).containsExactly("beta");
    }

    @Test
    void twoMedicinesEquallyCloseAreNotGuessed() {
        var small = new MedicineIndex(List.of(medicine("alpha", "Balantor"), medicine("beta", "Salantor")));
        assertThat(small.recognise("Calantor")).isEmpty();
    }

    @Test
    void aNameWithinOneEditOfAnotherMedicinesNameIsOnlyRecognisedSpeltExactly() {
        var small = new MedicineIndex(List.of(medicine("alpha", "Ketonalix"), medicine("beta", "Ketonalex")));
        assertThat(small.recognise("Ketonalix").stream().map(Medicine::generic)).containsExactly("alpha");
        assertThat(small.recognise("Kettonalix")).isEmpty(); // one edit from alpha, two from beta: still no guess
    }

    @Test
    void theMisspellingOfAFarNameIsForgivenInTheSameSmallTable() {
        var small = new MedicineIndex(List.of(medicine("alpha", "Ketonalix"), medicine("beta", "Zorbatrem")));
        assertThat(small.recognise("Kettonalix").stream().map(Medicine::generic)).containsExactly("alpha");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "nothing", "vitamins", "vitamine", "tablets", "inhaler", "water tablet",
            "blood pressure pills", "the pill", "estrogen", "systolic", "ничего", "витамины", "таблетки от давления"})
    void anOrdinaryWordIsNotAMedicine(String input) {
        assertThat(index.recognise(input)).isEmpty();
    }
}
