package org.crampcare.app.assessment;

import java.util.Map;

/**
 * Questionnaire answers shared by the MockMvc and browser tests, by form field name. "/symptoms" present means every
 * symptom not listed yes is no.
 */
public final class Journeys {
    /** A calf cramp in bed at night, over in a minute, in a woman of 45 who is not pregnant; nothing else. */
    public static final Map<String, String> NIGHT_CALF_CRAMP = Map.ofEntries(
            Map.entry("/symptoms", "none"),
            Map.entry("/episode/fully_aware", "yes"),
            Map.entry("/episode/locations", "calf"),
            Map.entry("/episode/setting", "night_in_bed"),
            Map.entry("/episode/ongoing", "no"),
            Map.entry("/episode/recovered", "yes"),
            Map.entry("/episode/duration_seconds", "1"),
            Map.entry("_unit", "min"),
            Map.entry("/episode/kind", "sustained"),
            Map.entry("/person/age_years", "45"),
            Map.entry("/person/sex", "female"),
            Map.entry("/person/pregnant", "no"),
            Map.entry("/history/episodes_per_week", "0.5"),
            Map.entry("/history/worsening", "no"),
            Map.entry("/history/disturbs_sleep", "no"),
            Map.entry("/conditions", "_none"),
            Map.entry("/medications", "_none"));

    private Journeys() {
    }
}
