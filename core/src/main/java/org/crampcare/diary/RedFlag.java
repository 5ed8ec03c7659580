package org.crampcare.diary;

/**
 * Signs a diary entry can carry that make the assessment run at once; each maps to a contract v1 symptom id.
 * A cramp that lasted over ten minutes is not listed here: it is the entry's duration.
 */
public enum RedFlag {
    CALF_SWELLING_ONE_SIDE("calf_swelling_one_side"),
    LEG_RED_OR_WARM("leg_red_or_warm"),
    PAIN_PERSISTS_AFTER_CRAMP("pain_persists_after_cramp"),
    DARK_URINE("dark_urine"),
    MUSCLE_WEAKNESS("muscle_weakness"),
    CHEST_PAIN("chest_pain"),
    BREATHING_DIFFICULTY("breathing_difficulty");

    private final String symptomId;

    RedFlag(String symptomId) {
        this.symptomId = symptomId;
    }

    /** The contract v1 symptom id. */
    public String symptomId() {
        return symptomId;
    }
}
