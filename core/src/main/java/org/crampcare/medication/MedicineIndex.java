package org.crampcare.medication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;


/**
 * Recognises medicines in what people type: generic or brand names, any case, with doses, strengths and forms
 * ignored ("Lasix 40 mg", "CRESTOR 10 MG", "estradiol patch", "Symbicort 160/4.5").
 */
public final class MedicineIndex {

    /** Words that describe a form, a release or a unit, never a medicine. */
    private static final Set<String> NOISE = Set.of(
            "mg", "mcg", "µg", "ug", "g", "ml", "iu", "units", "unit", "puff", "puffs", "dose", "doses", "daily", "a", "day",
            "once", "twice", "times", "per", "at", "night", "morning", "tablet", "tablets", "tab", "tabs", "capsule",
            "capsules", "caps", "cap", "patch", "patches", "inhaler", "inhalers", "cream", "gel", "spray", "injection",
            "injections", "solution", "syrup", "suspension", "drops", "suppository", "suppositories", "ointment", "xr",
            "sr", "er", "la", "mr", "cr", "od", "retard", "prolonged", "release", "modified", "extended", "film",
            "coated", "evohaler", "turbuhaler", "accuhaler", "diskus", "ellipta", "respimat", "nexthaler", "pen", "vial",
            "sachet", "sachets", "powder", "oral", "liquid", "chewable", "effervescent", "and", "with", "x", "of");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}.,]+");
    private static final Pattern QUANTITY = Pattern.compile("\\d+([.,]\\d+)?(mg|mcg|µg|ug|g|ml|iu|%|mmol)?");

    private final Map<String, Medicine> byName;
    private final int longestName;

    public MedicineIndex(List<Medicine> medicines) {
        Map<String, Medicine> names = new HashMap<>();
        int longest = 1;
        for (Medicine m : medicines) {
            for (String name : m.names()) {
                List<String> tokens = tokens(name);
                if (!tokens.isEmpty()) {
                    names.putIfAbsent(String.join(" ", tokens), m);
                    longest = Math.max(longest, tokens.size());
                }
            }
        }
        this.byName = Map.copyOf(names);
        this.longestName = longest;
    }

    /** The medicine named in the text, the longest known name winning; empty when none is recognised. */
    public Optional<Medicine> match(String text) {
        List<String> tokens = tokens(text);
        for (int n = Math.min(longestName, tokens.size()); n >= 1; n--) {
            for (int start = 0; start + n <= tokens.size(); start++) {
                Medicine m = byName.get(String.join(" ", tokens.subList(start, start + n)));
                if (m != null) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /** Every medicine named in the text, in order of appearance; empty when none is recognised. */
    public List<Medicine> recognise(String text) {
        return match(text).map(List::of).orElse(List.of());
    }

    /** The normalised key of a name, as the index stores it (for duplicate checks). */
    public static String key(String name) {
        return String.join(" ", tokens(name));
    }

    public int size() {
        return byName.size();
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            String t = trimPunctuation(raw);
            if (t.isEmpty() || NOISE.contains(t) || QUANTITY.matcher(t).matches()) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private static String trimPunctuation(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && (s.charAt(b) == '.' || s.charAt(b) == ',')) {
            b++;
        }
        while (e > b && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == ',')) {
            e--;
        }
        return s.substring(b, e);
    }
}
