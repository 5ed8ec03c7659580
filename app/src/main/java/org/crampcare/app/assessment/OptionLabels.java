package org.crampcare.app.assessment;

import java.util.Locale;
import java.util.Map;

/**
 * Plain-language labels for the enumerated values of contract v1 (UI words only: they name an option, they give no
 * advice). A value missing here is shown humanised ("kidney_disease" as "Kidney disease"), so a new contract value
 * never breaks a page.
 */
final class OptionLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("/person/sex=female", "Female"),
            Map.entry("/person/sex=male", "Male"),
            Map.entry("/person/sex=other", "Other"),
            Map.entry("/episode/locations=toes", "Toes"),
            Map.entry("/episode/locations=foot", "Foot"),
            Map.entry("/episode/locations=calf", "Calf"),
            Map.entry("/episode/locations=thigh_front", "Front of thigh"),
            Map.entry("/episode/locations=thigh_back", "Back of thigh"),
            Map.entry("/episode/locations=whole_leg", "Whole leg"),
            Map.entry("/episode/locations=hand_or_arm", "Hand or arm"),
            Map.entry("/episode/locations=trunk", "Back, chest or belly"),
            Map.entry("/episode/locations=whole_body", "Whole body"),
            Map.entry("/episode/side=left", "Left"),
            Map.entry("/episode/side=right", "Right"),
            Map.entry("/episode/side=both", "Both sides"),
            Map.entry("/episode/setting=night_in_bed", "In bed at night"),
            Map.entry("/episode/setting=resting", "Resting"),
            Map.entry("/episode/setting=standing", "Standing"),
            Map.entry("/episode/setting=walking", "Walking"),
            Map.entry("/episode/setting=during_exercise", "During exercise or sport"),
            Map.entry("/episode/setting=after_exercise", "After exercise or sport"),
            Map.entry("/episode/setting=swimming", "Swimming"),
            Map.entry("/episode/setting=other", "Something else"),
            Map.entry("/episode/kind=sustained", "One long tightening"),
            Map.entry("/episode/kind=rhythmic", "Tightening that comes and goes"),
            Map.entry("/episode/kind=twitching", "Small painless twitches"),
            Map.entry("/conditions=hypothyroidism", "Underactive thyroid (hypothyroidism)"),
            Map.entry("/conditions=hyperthyroidism", "Overactive thyroid (hyperthyroidism)"),
            Map.entry("/conditions=hyperparathyroidism", "Overactive parathyroid glands (hyperparathyroidism)"),
            Map.entry("/conditions=hypoparathyroidism", "Underactive parathyroid glands (hypoparathyroidism)"),
            Map.entry("/conditions=heart_failure", "Heart failure"),
            Map.entry("/conditions=cardiovascular_disease", "Heart or blood vessel disease"),
            Map.entry("/conditions=hypertension", "High blood pressure"),
            Map.entry("/conditions=venous_insufficiency", "Weak leg veins (venous insufficiency)"),
            Map.entry("/conditions=previous_dvt", "A blood clot in a leg vein (DVT) in the past"),
            Map.entry("/conditions=peripheral_arterial_disease", "Narrowed leg arteries (peripheral arterial disease)"),
            Map.entry("/conditions=peripheral_neuropathy", "Nerve damage in the legs or feet (neuropathy)"),
            Map.entry("/conditions=neurological_disease", "Another nerve or brain disease"),
            Map.entry("/conditions=spinal_stenosis", "Narrowing in the lower spine (spinal stenosis)"),
            Map.entry("/conditions=recent_infection", "An infection recently"),
            Map.entry("/conditions=brain_injury_or_birth_trauma", "Brain injury, or injury at birth"),
            Map.entry("/lifestyle/exercise=none", "None"),
            Map.entry("/lifestyle/exercise=light", "Light (walks, gentle activity)"),
            Map.entry("/lifestyle/exercise=moderate", "Moderate (regular sport or brisk exercise)"),
            Map.entry("/lifestyle/exercise=intense", "Intense (hard training)"),
            Map.entry("/lifestyle/footwear=high_heels", "High heels"),
            Map.entry("/lifestyle/footwear=tight_or_ill_fitting", "Tight or badly fitting shoes"),
            Map.entry("/lifestyle/footwear=flat_unsupportive", "Flat shoes with no support"),
            Map.entry("class=nsaid", "anti-inflammatory painkiller (NSAID)"),
            Map.entry("class=beta_agonist", "asthma or COPD inhaler (beta agonist)"),
            Map.entry("class=antihypertensive", "blood-pressure medicine"),
            Map.entry("class=diuretic", "water tablet (diuretic)"),
            Map.entry("class=sorbent", "absorbent (sorbent)"),
            Map.entry("class=other", "other medicine"));

    private OptionLabels() {
    }

    /** The label of one allowed value of a field ("/episode/locations", "thigh_front" gives "Front of thigh"). */
    static String label(String field, String value) {
        String label = LABELS.get(field + "=" + value);
        return label != null ? label : humanise(value);
    }

    /** The words for a medicine class of the contract ("statin", "beta_agonist"). */
    static String medicineClass(String medicineClass) {
        String label = LABELS.get("class=" + medicineClass);
        return label != null ? label : medicineClass.replace('_', ' ');
    }

    static String humanise(String value) {
        String words = value.replace('_', ' ').trim();
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
