package org.crampcare.medication;

import static org.assertj.core.api.Assertions.assertThat;

import org.crampcare.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Medicine names are recognised whatever the case, dose, strength or form. */
class MedicineIndexTest {
    private final MedicineIndex index = Fixtures.kb().medicineIndex();

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
            "Lasix 40 mg, furosemide, diuretic",
            "CRESTOR 10 MG, rosuvastatin, statin",
            "estradiol patch, estradiol, estrogen",
            "Symbicort 160/4.5, budesonide/formoterol, beta_agonist",
            "Seretide 250, fluticasone/salmeterol, beta_agonist",
            "Premarin 0.625 mg, conjugated estrogens, estrogen",
            "hydrochlorothiazide 25 mg, hydrochlorothiazide, diuretic",
            "atorvastatin 40mg, atorvastatin, statin",
            "Lipitor, atorvastatin, statin",
            "ventolin inhaler, salbutamol, beta_agonist",
            "albuterol, salbutamol, beta_agonist",
            "Evista 60 mg, raloxifene, estrogen",
            "naproxen 500mg tablets, naproxen, nsaid",
            "Adalat LA 30, nifedipine, antihypertensive",
            "Movicol sachets, macrogol, laxative",
            "Smecta, diosmectite, sorbent"})
    void recognisesNamesWithDosesAndForms(String input, String generic, String cls) {
        Medicine m = index.match(input).orElseThrow(() -> new AssertionError("not recognised: " + input));
        assertThat(m.generic()).isEqualTo(generic);
        assertThat(m.medicineClass()).isEqualTo(cls);
    }

    @Test
    void anUnknownNameIsNotRecognised() {
        assertThat(index.match("unicorn tears 5 ml")).isEmpty();
        assertThat(index.match("40 mg")).isEmpty();
    }

    @Test
    void knowsAtLeast150Names() {
        assertThat(index.size()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void theLongestKnownNameWins() {
        assertThat(index.match("co-amilofruse 5/40").map(Medicine::medicineClass)).contains("diuretic");
    }
}
