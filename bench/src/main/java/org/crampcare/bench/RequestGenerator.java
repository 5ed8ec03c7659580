package org.crampcare.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * Deterministic generator of valid contract v1 assessment requests (JSON, one object per request).
 *
 * <p>The mix is meant to look like real traffic: most requests are simple (an adult with a night calf cramp and a
 * few answers), about a third are detailed (history, conditions, medicines, lifestyle), a few are nearly empty, and
 * about 8% carry a red flag (seizure signs, fainting, clot signs, dark urine, chest pain, a cold pale foot, a cramp
 * over 10 minutes, statin muscle symptoms, low calcium signs, palpitations, pre-eclampsia signs, whole-body
 * stiffening). Every field of the request schema is used; values respect its enums, ranges, {@code uniqueItems} and
 * integer-versus-number types. The same seed always gives the same requests.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.crampcare.bench.RequestGenerator 10000 20240601 requests.jsonl</pre>
 */
public final class RequestGenerator {

    static final String[] LOCATIONS = {"calf", "foot", "toes", "thigh_back", "thigh_front", "whole_leg", "hand_or_arm",
            "trunk", "whole_body"};
    static final double[] LOCATION_WEIGHTS = {55, 12, 10, 8, 7, 4, 2, 1, 1};
    static final String[] SIDES = {"left", "right", "both"};
    static final String[] SETTINGS = {"night_in_bed", "resting", "standing", "walking", "during_exercise",
            "after_exercise", "swimming", "other"};
    static final double[] SETTING_WEIGHTS = {45, 12, 8, 6, 12, 9, 4, 4};
    static final String[] KINDS = {"sustained", "rhythmic", "twitching"};
    static final double[] KIND_WEIGHTS = {85, 5, 10};

    /** Symptoms that come with ordinary cramps or point to a look-alike, not to a red flag. */
    static final String[] COMMON_SYMPTOMS = {"fatigue", "numbness_or_tingling", "leg_heaviness_evening",
            "ankle_swelling", "visible_varicose_veins", "urge_to_move_legs_at_rest", "painless_twitching",
            "leg_pain_walking_relieved_by_rest", "muscle_weakness", "excessive_thirst", "brittle_nails_or_hair_loss",
            "dizziness", "fever", "vomiting", "muscle_wasting", "involuntary_writhing_movements", "facial_tics",
            "joint_stuck_in_fixed_position", "severe_headache", "stiff_neck", "rash", "light_sensitivity", "drowsiness"};
    static final double[] COMMON_SYMPTOM_WEIGHTS = {20, 12, 10, 8, 8, 8, 6, 6, 4, 4, 3, 4, 2, 2, 1, 1, 1, 1, 1, 0.5, 0.5,
            0.5, 0.5};

    static final String[] CONDITIONS = {"diabetes", "hypothyroidism", "hyperthyroidism", "hyperparathyroidism",
            "hypoparathyroidism", "kidney_disease", "liver_disease", "heart_failure", "cardiovascular_disease",
            "hypertension", "varicose_veins", "venous_insufficiency", "previous_dvt", "peripheral_arterial_disease",
            "flat_feet", "ankle_deformity", "epilepsy", "peripheral_neuropathy", "neurological_disease",
            "spinal_stenosis", "alcohol_dependence", "recent_infection", "brain_injury_or_birth_trauma"};
    static final double[] CONDITION_WEIGHTS = {14, 8, 2, 1, 1, 5, 2, 3, 6, 20, 6, 4, 2, 3, 3, 1, 2, 4, 2, 3, 2, 3, 1};

    /** Medicines as people type them: generic and brand names with doses and forms, and names nobody knows. */
    static final String[] MEDICATIONS = {"Lasix 40 mg", "furosemide 20mg", "bendroflumethiazide 2.5mg",
            "indapamide 1.5 mg SR", "spironolactone 25 mg", "HCTZ 12.5", "Diovan HCT 160/12.5", "atorvastatin 20mg",
            "Lipitor 40 mg", "simvastatin 40 mg at night", "CRESTOR 10 MG", "rosuvastatin 5mg", "Seretide 250",
            "Symbicort 160/4.5", "salbutamol inhaler", "Ventolin evohaler", "Premarin 0.625 mg", "estradiol patch",
            "Yasmin", "ibuprofen", "Nurofen 400mg", "naproxen 500 mg", "diclofenac gel", "metformin 500mg",
            "amlodipine 5mg", "ramipril 10 mg", "Coversyl Plus", "bisoprolol 2.5 mg", "Movicol sachet",
            "senna tablets", "levothyroxine 100 mcg", "omeprazole 20 mg", "aspirin 75mg", "vitamin D3 1000 IU",
            "magnesium citrate", "fish oil capsules", "Zentrolix 5 mg", "the little white pill", "herbal tea"};
    static final double[] MEDICATION_WEIGHTS = {5, 3, 4, 3, 3, 2, 1, 6, 4, 5, 3, 3, 2, 2, 3, 1, 2, 2, 1, 5, 3, 2, 2,
            7, 6, 5, 1, 4, 1, 1, 5, 5, 5, 4, 3, 2, 1, 1, 1};

    static final String[] EXERCISE = {"none", "light", "moderate", "intense"};
    static final double[] EXERCISE_WEIGHTS = {25, 35, 28, 12};
    static final String[] FOOTWEAR = {"high_heels", "tight_or_ill_fitting", "flat_unsupportive"};
    static final String[] LIFESTYLE_FLAGS = {"smoker", "athlete_or_dancer", "sedentary", "cold_exposure",
            "heavy_sweating", "restrictive_diet", "salty_spicy_diet", "overweight", "stress", "poor_sleep",
            "tight_clothing", "awkward_position"};

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Random random;

    public RequestGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} requests, one JSON object per line: {@code RequestGenerator COUNT SEED OUT_FILE}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: RequestGenerator COUNT SEED OUT_FILE");
            System.exit(64);
        }
        int count = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        RequestGenerator generator = new RequestGenerator(seed);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                w.write(generator.nextJson());
                w.write('\n');
            }
        }
        System.err.println("wrote " + count + " requests (seed " + seed + ") to " + out);
    }

    /** {@code count} requests from {@code seed}, as compact JSON text. */
    public static List<String> generate(int count, long seed) {
        RequestGenerator g = new RequestGenerator(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(g.nextJson());
        }
        return out;
    }

    public String nextJson() {
        return JSON.writeValueAsString(next());
    }

    /** The next request as nested maps, lists, strings, numbers and booleans. */
    public Map<String, Object> next() {
        double shapeRoll = random.nextDouble();
        Shape shape = shapeRoll < 0.10 ? Shape.MINIMAL : shapeRoll < 0.68 ? Shape.SIMPLE : Shape.DETAILED;
        Draft d = new Draft();

        // person
        double ageRoll = random.nextDouble();
        double age;
        boolean child = ageRoll < 0.07;
        if (child) {
            age = random.nextDouble() < 0.15 ? round1(0.3 + random.nextDouble() * 1.7) : 2 + random.nextInt(16);
        } else if (ageRoll < 0.63) {
            age = 18 + random.nextInt(47);
        } else {
            age = 65 + random.nextInt(31);
        }
        String sex = weighted(new String[] {"female", "male", "other"}, new double[] {50, 46, 4});
        if (present(shape, 0.2, 0.85, 1.0)) {
            d.person.put("age_years", number(age));
            if (present(shape, 0.1, 0.9, 1.0)) {
                d.person.put("sex", sex);
            }
            if ("female".equals(sex) && age >= 16 && age <= 45 && random.nextDouble() < 0.4) {
                boolean pregnant = random.nextDouble() < 0.35;
                d.person.put("pregnant", pregnant);
                if (pregnant && random.nextDouble() < 0.85) {
                    d.person.put("pregnancy_week", 1 + random.nextInt(42));
                }
            }
            if (child && random.nextDouble() < 0.5) {
                d.person.put("born_premature", random.nextDouble() < 0.15);
            }
        }

        // episode
        int locationCount = pick(new double[] {0, 75, 20, 5});
        while (d.locations.size() < locationCount) {
            d.locations.add(weighted(LOCATIONS, LOCATION_WEIGHTS));
        }
        if (shape != Shape.MINIMAL) {
            maybe(d.episode, 0.7, "side", () -> SIDES[random.nextInt(SIDES.length)]);
            maybe(d.episode, 0.75, "duration_seconds", this::duration);
            maybe(d.episode, 0.3, "ongoing", () -> random.nextDouble() < 0.2);
            maybe(d.episode, 0.6, "pain", () -> Math.min(10, Math.max(0, (int) Math.round(6 + random.nextGaussian() * 2))));
            maybe(d.episode, 0.7, "setting", () -> weighted(SETTINGS, SETTING_WEIGHTS));
            maybe(d.episode, 0.5, "kind", () -> weighted(KINDS, KIND_WEIGHTS));
            maybe(d.episode, 0.3, "first_ever", () -> random.nextDouble() < 0.15);
            maybe(d.episode, 0.35, "fully_aware", () -> true);
            maybe(d.episode, 0.35, "recovered", () -> random.nextDouble() < 0.92);
        }

        // history
        if (present(shape, 0, 0.4, 0.9)) {
            maybe(d.history, 0.8, "episodes_per_week", () -> random.nextDouble() < 0.2 ? 0.5
                    : number(Math.min(21, Math.round(Math.exp(random.nextGaussian() * 0.9)))));
            maybe(d.history, 0.6, "weeks_since_onset", () -> number(Math.round(Math.exp(1 + random.nextGaussian() * 1.5))));
            maybe(d.history, 0.5, "worsening", () -> random.nextDouble() < 0.3);
            maybe(d.history, 0.6, "mostly_at_night", () -> random.nextDouble() < 0.7);
            maybe(d.history, 0.5, "disturbs_sleep", () -> random.nextDouble() < 0.4);
            maybe(d.history, 0.2, "self_care_weeks", () -> number(Math.round(Math.exp(random.nextGaussian() * 1.2))));
            maybe(d.history, 0.2, "improving", () -> random.nextDouble() < 0.4);
        }

        // symptoms: an empty list is an answer ("none of these"), a missing list is not
        if (present(shape, 0, 0.25, 0.7)) {
            d.symptomsAnswered = true;
            int n = pick(new double[] {30, 45, 18, 7});
            for (int i = 0; i < n; i++) {
                d.symptoms.add(weighted(COMMON_SYMPTOMS, COMMON_SYMPTOM_WEIGHTS));
            }
            // answered as a questionnaire does: some symptoms "not sure" although the list is given
            if (random.nextDouble() < 0.15) {
                for (int i = 0, k = 1 + random.nextInt(3); i < k; i++) {
                    String s = weighted(COMMON_SYMPTOMS, COMMON_SYMPTOM_WEIGHTS);
                    if (!d.symptoms.contains(s)) {
                        d.notSure.add("/symptoms/" + s);
                    }
                }
            }
        }

        // conditions
        if (present(shape, 0, 0.1, 0.55)) {
            d.conditionsAnswered = true;
            int n = pick(new double[] {15, 50, 25, 10});
            for (int i = 0; i < n; i++) {
                d.conditions.add(weighted(CONDITIONS, CONDITION_WEIGHTS));
            }
        }

        // medications (a list, not a set: people do write the same thing twice)
        if (present(shape, 0, 0.15, 0.6)) {
            d.medicationsAnswered = true;
            int n = pick(new double[] {5, 40, 30, 15, 7, 3});
            for (int i = 0; i < n; i++) {
                d.medications.add(weighted(MEDICATIONS, MEDICATION_WEIGHTS));
            }
        }

        // lifestyle
        if (present(shape, 0, 0.3, 0.85)) {
            double p = shape == Shape.DETAILED ? 0.5 : 0.25;
            maybe(d.lifestyle, p, "water_litres_per_day", () -> round1(Math.max(0.2, Math.min(6, 1.6 + random.nextGaussian() * 0.7))));
            maybe(d.lifestyle, p, "alcohol_units_per_week", () -> number(random.nextDouble() < 0.4 ? 0
                    : Math.min(120, Math.round(Math.exp(1.5 + random.nextGaussian())))));
            maybe(d.lifestyle, p, "coffee_cups_per_day", () -> random.nextDouble() < 0.1 ? 0.5 : number(random.nextInt(7)));
            maybe(d.lifestyle, p, "exercise", () -> weighted(EXERCISE, EXERCISE_WEIGHTS));
            maybe(d.lifestyle, p, "hours_standing_per_day", () -> random.nextDouble() < 0.2 ? round1(random.nextDouble() * 12)
                    : number(random.nextInt(13)));
            if (random.nextDouble() < p) {
                Set<String> footwear = new LinkedHashSet<>();
                int n = pick(new double[] {20, 60, 15, 5});
                while (footwear.size() < n) {
                    footwear.add(FOOTWEAR[random.nextInt(FOOTWEAR.length)]);
                }
                d.lifestyle.put("footwear", new ArrayList<>(footwear));
            }
            for (String flag : LIFESTYLE_FLAGS) {
                maybe(d.lifestyle, p * 0.8, flag, () -> random.nextDouble() < 0.3);
            }
        }

        if (random.nextDouble() < 0.08) {
            redFlag(d, child, sex, age);
        }
        return d.toMap();
    }

    /** Adds one red-flag picture to the draft. */
    private void redFlag(Draft d, boolean child, String sex, double age) {
        switch (random.nextInt(12)) {
            case 0 -> { // possible seizure, sometimes a typical one in known epilepsy
                d.episode.put("fully_aware", false);
                d.locations.add("whole_body");
                d.episode.put("kind", "rhythmic");
                d.addSymptoms(random.nextBoolean() ? "whole_body_convulsions" : "loss_of_consciousness");
                if (random.nextBoolean()) {
                    d.addSymptoms("tongue_bitten", "confusion_afterwards");
                }
                if (random.nextDouble() < 0.2) {
                    d.addSymptoms("foam_at_mouth", "involuntary_urination");
                }
                if (random.nextDouble() < 0.4) {
                    d.addConditions("epilepsy");
                    d.episode.put("duration_seconds", 30 + random.nextInt(240));
                    d.episode.put("recovered", true);
                }
                if (child && random.nextBoolean()) {
                    d.addSymptoms("fever");
                }
            }
            case 1 -> {
                d.addSymptoms("fainting");
                d.episode.put("recovered", random.nextDouble() < 0.6);
            }
            case 2 -> {
                d.locations.add("calf");
                d.addSymptoms(random.nextBoolean() ? "calf_swelling_one_side" : "leg_red_or_warm");
                if (random.nextBoolean()) {
                    d.addSymptoms("pain_persists_after_cramp");
                }
                if (random.nextDouble() < 0.3) {
                    d.addConditions("previous_dvt");
                }
            }
            case 3 -> d.addSymptoms("dark_urine", "muscle_weakness");
            case 4 -> d.addSymptoms(random.nextBoolean() ? "breathing_difficulty" : "chest_pain");
            case 5 -> {
                d.addSymptoms("cold_pale_foot");
                if (random.nextBoolean()) {
                    d.addSymptoms("numbness_or_tingling");
                }
                d.addConditions("peripheral_arterial_disease");
            }
            case 6 -> d.episode.put("duration_seconds", 600 + random.nextInt(1800));
            case 7 -> {
                d.addMedications(random.nextBoolean() ? "atorvastatin 20mg" : "Lipitor 40 mg");
                d.addSymptoms(random.nextBoolean() ? "muscle_weakness" : "pain_persists_after_cramp");
            }
            case 8 -> {
                d.addSymptoms("tingling_around_mouth");
                if (random.nextBoolean()) {
                    d.addSymptoms("hand_or_foot_spasms");
                }
            }
            case 9 -> {
                d.addSymptoms("palpitations");
                if (random.nextBoolean()) {
                    d.addMedications("Lasix 40 mg");
                }
            }
            case 10 -> {
                if ("female".equals(sex) && age >= 16 && age <= 45) {
                    d.person.put("pregnant", true);
                    d.person.put("pregnancy_week", 21 + random.nextInt(20));
                    d.addSymptoms("severe_headache", "ankle_swelling");
                } else {
                    d.addSymptoms("severe_headache", "vomiting");
                }
            }
            default -> {
                d.locations.clear();
                d.locations.add("whole_body");
                d.episode.put("kind", "sustained");
                d.episode.put("fully_aware", true);
            }
        }
    }

    private Object duration() {
        double seconds = Math.exp(Math.log(60) + random.nextGaussian() * 0.9);
        seconds = Math.max(3, Math.min(900, seconds));
        return random.nextDouble() < 0.1 ? round1(seconds) : number(Math.round(seconds));
    }

    private boolean present(Shape shape, double minimal, double simple, double detailed) {
        double p = switch (shape) {
            case MINIMAL -> minimal;
            case SIMPLE -> simple;
            case DETAILED -> detailed;
        };
        return random.nextDouble() < p;
    }

    private void maybe(Map<String, Object> into, double p, String field, java.util.function.Supplier<Object> value) {
        if (random.nextDouble() < p) {
            into.put(field, value.get());
        }
    }

    private int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private String weighted(String[] values, double[] weights) {
        return values[pick(weights)];
    }

    /** A whole number as an integer (written 60, not 60.0), else the double itself. */
    private static Object number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? (Object) (int) v : (Object) v;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private enum Shape { MINIMAL, SIMPLE, DETAILED }

    /** A request under construction; lists that must hold unique items are sets. */
    private static final class Draft {
        final Map<String, Object> person = new LinkedHashMap<>();
        final Map<String, Object> episode = new LinkedHashMap<>();
        final Set<String> locations = new LinkedHashSet<>();
        final Map<String, Object> history = new LinkedHashMap<>();
        final Set<String> symptoms = new LinkedHashSet<>();
        final Set<String> conditions = new LinkedHashSet<>();
        final List<String> medications = new ArrayList<>();
        final Map<String, Object> lifestyle = new LinkedHashMap<>();
        final Set<String> notSure = new LinkedHashSet<>();
        boolean symptomsAnswered;
        boolean conditionsAnswered;
        boolean medicationsAnswered;

        void addSymptoms(String... s) {
            symptomsAnswered = true;
            symptoms.addAll(List.of(s));
        }

        void addConditions(String... c) {
            conditionsAnswered = true;
            conditions.addAll(List.of(c));
        }

        void addMedications(String... m) {
            medicationsAnswered = true;
            medications.addAll(List.of(m));
        }

        Map<String, Object> toMap() {
            Map<String, Object> request = new LinkedHashMap<>();
            if (!person.isEmpty()) {
                request.put("person", person);
            }
            Map<String, Object> ep = new LinkedHashMap<>();
            if (!locations.isEmpty()) {
                ep.put("locations", new ArrayList<>(locations));
            }
            ep.putAll(episode);
            if (Boolean.TRUE.equals(ep.get("recovered")) && Boolean.TRUE.equals(ep.get("ongoing"))) {
                ep.remove("ongoing"); // over and still going cannot both be true: bad input, not a workload request
            }
            if (!ep.isEmpty()) {
                request.put("episode", ep);
            }
            if (!history.isEmpty()) {
                request.put("history", history);
            }
            if (symptomsAnswered) {
                request.put("symptoms", new ArrayList<>(symptoms));
                notSure.removeIf(p -> symptoms.contains(p.substring("/symptoms/".length())));
                if (!notSure.isEmpty()) {
                    request.put("not_sure", new ArrayList<>(notSure));
                }
            }
            if (conditionsAnswered) {
                request.put("conditions", new ArrayList<>(conditions));
            }
            if (medicationsAnswered) {
                request.put("medications", medications.subList(0, Math.min(50, medications.size())));
            }
            if (!lifestyle.isEmpty()) {
                request.put("lifestyle", lifestyle);
            }
            return request;
        }
    }
}
