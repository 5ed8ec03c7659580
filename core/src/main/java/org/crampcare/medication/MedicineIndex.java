package org.crampcare.medication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Recognises medicines in what people type: generic or brand names, Latin or Cyrillic, any case, with doses,
 * strengths, units and forms ignored ("Lasix 40 mg", "Lipitor20mg", "Фуросемид 40мг", "Symbicort 160/4.5"), small
 * misspellings forgiven ("atorvastatine"), several medicines on one line ("Lasix 40 and Lipitor").
 *
 * <p>How a text is read:
 * <ol>
 * <li>Tokens: the text is normalised (NFKC, lower case, ё as е) and cut into words and numbers, a number glued to a
 * word being cut off it ("lipitor20mg" is lipitor, 20, mg). Numbers (doses, strengths such as 100/6) and the words in
 * {@link #NOISE} (units, forms, release words, how often) are dropped. Commas, semicolons and line ends separate
 * medicines: no name spans them; other words ("and", "и") simply stand between names.</li>
 * <li>Exact names first: from left to right the longest known name (as the same tokens) wins.</li>
 * <li>Then, only over the words no exact name took, a misspelling is forgiven: the words, glued together, may be at
 * most {@link #allowedEdits(int)} edits (insertion, deletion or substitution of a letter; Levenshtein, so a swap of
 * neighbours is two) from a known name, counted on the shorter of the two without spaces: none under 6 letters,
 * 1 edit for 6 to 8 letters, 2 from 9 letters on. It is not a guess when it could be another: no match when two different medicines are
 * equally close, when an ordinary word ({@link #ORDINARY}, including the noise words) is at least as close, or when the
 * nearest name is within one edit of another medicine's name (then only its exact spelling counts). Glued words
 * that spell a name exactly ("coamilofruse", "nospa") are a distance of 0 and always count.</li>
 * </ol>
 */
public final class MedicineIndex {

    /** The fewest letters a word must have for a misspelling of it to be forgiven. */
    public static final int FUZZY_MIN_LETTERS = 6;
    /** The fewest letters of words glued together that spell a name exactly ("nospa") to count as that name. */
    static final int GLUED_MIN_LETTERS = 4;
    /** Up to this many letters one edit is forgiven; from one more letter on, two. */
    public static final int ONE_EDIT_MAX_LETTERS = 8;

    /** Words that describe a unit, a form, a release, a device or how often: never a medicine, never part of one. */
    static final Set<String> NOISE = Set.of(
            // units (Latin)
            "mg", "mgs", "mcg", "mcgs", "µg", "μg", "ug", "g", "gr", "gm", "kg", "ml", "l", "iu", "ie", "units", "unit",
            "u", "mmol", "meq", "mcl",
            // units (Cyrillic)
            "мг", "мкг", "г", "гр", "мл", "л", "ме", "ед", "ммоль",
            // forms and devices (English)
            "tablet", "tablets", "tab", "tabs", "tabl", "pill", "pills", "capsule", "capsules", "caps", "cap", "caplet",
            "caplets", "softgel", "softgels", "patch", "patches", "inhaler", "inhalers", "puff", "puffs", "dose",
            "doses", "cream", "gel", "spray", "injection", "injections", "jab", "solution", "syrup", "suspension", "drops",
            "suppository", "suppositories", "ointment", "sachet", "sachets", "powder", "granules", "liquid", "lozenge",
            "lozenges", "ampoule", "ampoules", "vial", "pen", "infusion", "iv", "oral", "chewable", "effervescent",
            "dispersible", "soluble", "film", "coated", "enteric", "evohaler", "turbuhaler", "accuhaler", "diskus",
            "ellipta", "respimat", "nexthaler", "easyhaler", "spiromax", "handihaler", "breezhaler", "genuair",
            "aerosol", "mdi", "hfa",
            // forms and devices (Russian)
            "таб", "табл", "таблетка", "таблетки", "таблеток", "таблетку", "таблетками", "капс", "капсула", "капсулы",
            "капсул", "капсулу", "драже", "пор", "порошок", "саше", "пакетик", "пакетики", "пакетиков", "гель", "мазь",
            "крем", "спрей", "р", "рр", "раствор", "раствора", "сироп", "суспензия", "капли", "свечи", "суппозитории",
            "амп", "ампула", "ампулы", "ампул", "укол", "уколы", "уколов", "инъекции", "инъекций", "ингалятор",
            "аэрозоль", "доз", "доза", "дозы", "пластырь", "шприц", "ручка", "флакон", "тюбик", "шт", "уп", "упак",
            "п", "о", "пл", "об", "кишечнорастворимые", "шипучие", "жевательные",
            // release words
            "sr", "xr", "er", "xl", "la", "mr", "cr", "cd", "retard", "prolonged", "release", "modified", "extended",
            "sustained", "controlled", "delayed", "forte", "ретард", "пролонг", "мв", "ср", "форте", "лонг",
            // how often and when
            "daily", "a", "day", "days", "once", "twice", "times", "per", "at", "night", "nightly", "morning",
            "mornings", "evening", "bedtime", "bd", "bid", "tds", "tid", "qds", "od", "prn", "x", "of", "week",
            "weekly", "as", "needed", "раз", "раза", "день", "сутки", "утром", "вечером", "ночь", "ночью", "на", "по", "х",
            "ежедневно", "неделю");

    /**
     * Words that are not a medicine of the table (other-words.txt beside this class): what people type for "no
     * medicine" or a kind of medicine, ordinary words one or two edits from a name, medicines the table lacks that are
     * close to one it has. They compete with the names in the misspelling match.
     */
    static final Set<String> ORDINARY = otherWords();

    private static final String SEPARATOR = ",";
    /** The most words glued together to try as one misspelt name ("co amilofide", "natur calm"). */
    private static final int MAX_MISSPELT_WORDS = 3;
    /**
     * Plain Levenshtein (a swap of neighbours is two edits). Not commons-text's DamerauLevenshteinDistance: in 1.15.0
     * it gives wrong distances for letters outside ASCII (Cyrillic "фуросемид" against itself is not 0).
     */
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    /**
     * A spelling the misspelling match compares with: a medicine's name, or an ordinary word (which may also spell a
     * name glued, as "vitamine" does "vitamin e", or spell names of two medicines alike: then no medicine wins by it).
     */
    private record Spelling(String letters, Medicine medicine, boolean ordinary, int[] letterCounts) {
        Spelling(String letters, Medicine medicine, boolean ordinary) {
            this(letters, medicine, ordinary, MedicineIndex.letterCounts(letters));
        }
    }

    /** Letters counted in a few buckets: half the difference of two counts is a floor of their edit distance. */
    private static int[] letterCounts(String letters) {
        int[] counts = new int[32];
        for (int i = 0; i < letters.length(); i++) {
            counts[letters.charAt(i) & 31]++;
        }
        return counts;
    }

    private static int distanceFloor(int[] a, int[] b) {
        int diff = 0;
        for (int i = 0; i < a.length; i++) {
            diff += Math.abs(a[i] - b[i]);
        }
        return (diff + 1) / 2;
    }

    private record Hit(int position, Medicine medicine) {
    }

    private final Map<String, Medicine> byName;
    private final int longestName;
    private final Map<Integer, List<Spelling>> spellingsByLength;
    private final int longestSpelling;
    private final Map<String, Boolean> crowded = new ConcurrentHashMap<>();

    public MedicineIndex(List<Medicine> medicines) {
        Map<String, Medicine> names = new HashMap<>();
        Map<String, Spelling> spellings = new LinkedHashMap<>();
        int longest = 1;
        for (Medicine m : medicines) {
            for (String name : m.names()) {
                List<String> tokens = words(name);
                if (!tokens.isEmpty()) {
                    names.putIfAbsent(String.join(" ", tokens), m);
                    longest = Math.max(longest, tokens.size());
                    String letters = String.join("", tokens);
                    Spelling known = spellings.get(letters);
                    if (known == null) {
                        spellings.put(letters, new Spelling(letters, m, false));
                    } else if (known.medicine() != m) {
                        spellings.put(letters, new Spelling(letters, m, true)); // two medicines glue alike: no guess
                    }
                }
            }
        }
        Stream.concat(NOISE.stream(), ORDINARY.stream())
                .map(w -> String.join("", words(w).isEmpty() ? List.of(w) : words(w)))
                .forEach(w -> spellings.merge(w, new Spelling(w, null, true),
                        (name, word) -> new Spelling(w, name.medicine(), true)));
        Map<Integer, List<Spelling>> byLength = new HashMap<>();
        for (Spelling s : spellings.values()) {
            byLength.computeIfAbsent(s.letters().length(), k -> new ArrayList<>()).add(s);
        }
        this.byName = Map.copyOf(names);
        this.longestName = longest;
        this.spellingsByLength = Map.copyOf(byLength);
        this.longestSpelling = byLength.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static Set<String> otherWords() {
        try (InputStream in = MedicineIndex.class.getResourceAsStream("other-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("other-words.txt is missing beside MedicineIndex");
            }
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every distinct medicine named in the text, in order of appearance; empty when none is recognised. */
    public List<Medicine> recognise(String input) {
        if (input == null || input.isBlank()) {
            return List.of();
        }
        List<String> tokens = tokens(input);
        boolean[] taken = new boolean[tokens.size()];
        List<Hit> hits = new ArrayList<>();
        // exact names: the longest from the left
        for (int start = 0; start < tokens.size(); ) {
            int length = exactAt(tokens, start, hits);
            if (length > 0) {
                Arrays.fill(taken, start, start + length, true);
                start += length;
            } else {
                start++;
            }
        }
        // misspellings, only over the words no exact name took
        for (int start = 0; start < tokens.size(); ) {
            int length = fuzzyAt(tokens, taken, start, hits);
            start += Math.max(length, 1);
        }
        hits.sort(Comparator.comparingInt(Hit::position));
        Map<String, Medicine> distinct = new LinkedHashMap<>();
        hits.forEach(h -> distinct.putIfAbsent(h.medicine().generic(), h.medicine()));
        return List.copyOf(distinct.values());
    }

    /** The first medicine named in the text (see {@link #recognise}); empty when none is recognised. */
    public Optional<Medicine> match(String text) {
        return recognise(text).stream().findFirst();
    }

    /** The normalised key of a name, as the index stores it (for duplicate checks). */
    public static String key(String name) {
        return String.join(" ", words(name));
    }

    /** How many names the index knows. */
    public int size() {
        return byName.size();
    }

    /** How many edits a misspelling may have, for a word (or the shorter of two) of this many letters. */
    public static int allowedEdits(int letters) {
        if (letters < FUZZY_MIN_LETTERS) {
            return 0;
        }
        return letters <= ONE_EDIT_MAX_LETTERS ? 1 : 2;
    }

    /**
     * Whether the misspelling match may land on this spelling (letters without spaces) of a known name: false when
     * another medicine's name is within one edit of it, so only its exact spelling counts.
     */
    boolean forgivesMisspellingsOf(String letters) {
        return !crowded.computeIfAbsent(letters, this::isCrowded);
    }

    private boolean isCrowded(String letters) {
        Medicine own = spellingOf(letters).filter(s -> !s.ordinary()).map(Spelling::medicine).orElse(null);
        if (own == null) {
            return true;
        }
        for (int len = letters.length() - 1; len <= letters.length() + 1; len++) {
            for (Spelling s : spellingsByLength.getOrDefault(len, List.of())) {
                if (s.medicine() != null && s.medicine() != own) {
                    int d = DISTANCE.apply(letters, s.letters());
                    if (d >= 0 && d <= 1) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private Optional<Spelling> spellingOf(String letters) {
        return spellingsByLength.getOrDefault(letters.length(), List.of()).stream()
                .filter(s -> s.letters().equals(letters)).findFirst();
    }

    private int exactAt(List<String> tokens, int start, List<Hit> hits) {
        for (int n = Math.min(longestName, tokens.size() - start); n >= 1; n--) {
            List<String> phrase = tokens.subList(start, start + n);
            if (phrase.contains(SEPARATOR)) {
                continue;
            }
            Medicine m = byName.get(String.join(" ", phrase));
            if (m != null) {
                hits.add(new Hit(start, m));
                return n;
            }
        }
        return 0;
    }

    private int fuzzyAt(List<String> tokens, boolean[] taken, int start, List<Hit> hits) {
        int free = 0;
        while (start + free < tokens.size() && !taken[start + free] && !tokens.get(start + free).equals(SEPARATOR)) {
            free++;
        }
        for (int n = Math.min(MAX_MISSPELT_WORDS, free); n >= 1; n--) {
            Optional<Medicine> m = misspelt(String.join("", tokens.subList(start, start + n)));
            if (m.isPresent()) {
                hits.add(new Hit(start, m.get()));
                return n;
            }
        }
        return 0;
    }

    /** The one medicine this run of letters is a forgivable misspelling of, if there is exactly one. */
    Optional<Medicine> misspelt(String letters) {
        if (letters.length() < GLUED_MIN_LETTERS || letters.length() > longestSpelling + 2) {
            return Optional.empty();
        }
        int[] counts = letterCounts(letters);
        int bestMedicine = Integer.MAX_VALUE;
        int bestOrdinary = Integer.MAX_VALUE;
        Medicine winner = null;
        String winnerLetters = null;
        boolean tie = false;
        for (int len = letters.length() - 2; len <= letters.length() + 2; len++) {
            for (Spelling s : spellingsByLength.getOrDefault(len, List.of())) {
                int limit = s.ordinary() ? 2 : allowedEdits(Math.min(letters.length(), len));
                if (Math.abs(len - letters.length()) > limit || distanceFloor(counts, s.letterCounts()) > limit) {
                    continue;
                }
                int d = DISTANCE.apply(letters, s.letters());
                if (d < 0) {
                    continue;
                }
                if (s.ordinary()) {
                    bestOrdinary = Math.min(bestOrdinary, d); // an ordinary word competes at any length
                } else if (d > limit) {
                    continue;
                } else if (d < bestMedicine) {
                    bestMedicine = d;
                    winner = s.medicine();
                    winnerLetters = s.letters();
                    tie = false;
                } else if (d == bestMedicine && s.medicine() != winner) {
                    tie = true;
                }
            }
        }
        if (winner == null || tie || bestOrdinary <= bestMedicine) {
            return Optional.empty();
        }
        if (bestMedicine > 0 && !forgivesMisspellingsOf(winnerLetters)) {
            return Optional.empty();
        }
        return Optional.of(winner);
    }

    /** The words of a name or text without doses, units and forms, and without separators. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>(tokens(text));
        out.removeIf(SEPARATOR::equals);
        return out;
    }

    /** The words of a text, doses, units and forms dropped, a comma standing for each separator. */
    static List<String> tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isLetter(c) || (word.length() > 0 && Character.getType(c) == Character.NON_SPACING_MARK)) {
                word.append(c);
                i++;
                continue;
            }
            flush(word, out);
            if (Character.isDigit(c)) {
                // a number, with decimals: dropped (doses and strengths)
                while (i < s.length() && (Character.isDigit(s.charAt(i))
                        || ((s.charAt(i) == '.' || s.charAt(i) == ',') && i + 1 < s.length()
                                && Character.isDigit(s.charAt(i + 1))))) {
                    i++;
                }
                continue;
            }
            if (c == ',' || c == ';' || c == '\n' || c == '\r' || c == '|') {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals(SEPARATOR)) {
                    out.add(SEPARATOR);
                }
            }
            i++;
        }
        flush(word, out);
        while (!out.isEmpty() && out.get(out.size() - 1).equals(SEPARATOR)) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            String w = word.toString();
            if (!NOISE.contains(w)) {
                out.add(w);
            }
            word.setLength(0);
        }
    }
}
