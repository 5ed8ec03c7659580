package org.crampcare.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crampcare.contract.Contract;
import org.crampcare.medication.CrampLink;
import org.crampcare.medication.Medicine;
import org.crampcare.medication.MedicineIndex;
import org.crampcare.rules.CauseRule;
import org.crampcare.rules.Condition;
import org.crampcare.rules.Level;
import org.crampcare.rules.MimicRule;
import org.crampcare.rules.Question;
import org.crampcare.rules.QuestionGroup;
import org.crampcare.rules.Rules;
import org.crampcare.rules.StepRule;
import org.crampcare.rules.TriageRule;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the knowledge files, builds the knowledge base and checks it whole: every problem is reported with its
 * file, entry and field, and a knowledge base with any problem is never returned.
 */
public final class KnowledgeLoader {
    static final String ARTICLE = "article/leg-cramps-article.txt";
    static final String LEFT_OUT = "article/left-out.yaml";
    static final Set<String> AUDIENCES = Set.of("everyone", "women", "men", "children", "parents", "older_adults",
            "pregnancy", "athletes", "clinicians");

    private final KnowledgeFiles files;
    private final Problems problems = new Problems();
    private final Contract contract = Contract.get();
    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final Map<String, JsonNode> trees = new LinkedHashMap<>();

    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Medicine> medicines = new ArrayList<>();
    private final Map<String, String> seenIn = new HashMap<>();
    private ConditionParser conditions;

    private KnowledgeLoader(KnowledgeFiles files) {
        this.files = files;
    }

    /** Loads and checks; throws {@link KnowledgeException} listing every problem. */
    public static KnowledgeBase load(KnowledgeFiles files) {
        KnowledgeLoader loader = new KnowledgeLoader(files);
        KnowledgeBase kb = loader.build();
        if (!loader.problems.isEmpty()) {
            throw new KnowledgeException(loader.problems.list());
        }
        return kb;
    }

    private KnowledgeBase build() {
        parseAll();
        files.files().keySet().stream().filter(f -> f.startsWith("sources/")).forEach(this::readSources);
        files.files().keySet().stream().filter(f -> f.startsWith("topics/")).forEach(this::readEntries);
        readMedicines();
        conditions = new ConditionParser(contract, problems, tree("rules/conditions.yaml").path("conditions"),
                "rules/conditions.yaml");
        Rules rules = readRules();
        ArticleCoverage coverage = readCoverage();
        checkReferences(rules);
        return new KnowledgeBase(hash(), sources, entries, medicines, rules, coverage);
    }

    // ---------------------------------------------------------------- files

    private void parseAll() {
        for (var f : files.files().entrySet()) {
            if (!f.getKey().endsWith(".yaml") && !f.getKey().endsWith(".yml")) {
                continue;
            }
            try {
                JsonNode tree = yaml.readTree(f.getValue());
                trees.put(f.getKey(), tree == null ? yaml.createObjectNode() : tree);
            } catch (JacksonException e) {
                problems.add(f.getKey(), null, null, "not valid YAML: " + e.getOriginalMessage()
                        + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
            }
        }
    }

    private JsonNode tree(String file) {
        JsonNode t = trees.get(file);
        if (t == null) {
            if (!files.files().containsKey(file)) {
                problems.add(file, null, null, "file is missing");
            }
            return yaml.createObjectNode();
        }
        return t;
    }

    private String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var f : files.files().entrySet()) {
                sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update(f.getValue());
            }
            return "kb-" + HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- sources, entries, medicines

    private void readSources(String file) {
        JsonNode list = tree(file).path("sources");
        if (!list.isArray()) {
            problems.add(file, null, "sources", "expected a list of sources");
            return;
        }
        for (JsonNode s : list) {
            Fields f = new Fields(file, s);
            String id = f.id();
            if (id == null) {
                continue;
            }
            if (unique(file, id, "source")) {
                sources.put(id, new Source(id, f.text("title", true), f.text("publisher", false),
                        s.has("year") ? s.get("year").asInt() : null, Optional.ofNullable(f.text("url", false))));
            }
        }
    }

    private void readEntries(String file) {
        JsonNode list = tree(file).path("entries");
        if (!list.isArray()) {
            problems.add(file, null, "entries", "expected a list of entries");
            return;
        }
        for (JsonNode e : list) {
            Fields f = new Fields(file, e);
            String id = f.id();
            if (id == null) {
                continue;
            }
            f.allowOnly("id", "kind", "title", "summary", "body", "grade", "sources", "audience", "related", "covers",
                    "aliases", "verdict", "why", "steps", "exercise", "routine", "warnings", "last_reviewed");
            Optional<EntryKind> kind = f.enumValue("kind", EntryKind::fromKey, true);
            Optional<Grade> grade = f.enumValue("grade", Grade::fromKey, true);
            Optional<Verdict> verdict = f.enumValue("verdict", Verdict::fromKey, false);
            List<String> entrySources = f.list("sources", true);
            List<String> audience = f.list("audience", true);
            audience.stream().filter(a -> !AUDIENCES.contains(a))
                    .forEach(a -> problems.add(file, id, "audience", "unknown audience '" + a + "' (one of " + AUDIENCES + ")"));
            String why = f.text("why", false);
            if (kind.isPresent() && (kind.get() == EntryKind.TREATMENT || kind.get() == EntryKind.FOLK_REMEDY)
                    && verdict.isEmpty()) {
                problems.add(file, id, "verdict", "a " + kind.get().key() + " needs a verdict");
            }
            if (verdict.orElse(null) == Verdict.NOT_RECOMMENDED && why == null) {
                problems.add(file, id, "why", "a not_recommended verdict needs a 'why'");
            }
            Optional<Exercise> exercise = Optional.empty();
            if (e.has("exercise")) {
                JsonNode x = e.get("exercise");
                exercise = Optional.of(new Exercise(x.path("hold_seconds").asInt(0), x.path("repetitions").asInt(1),
                        x.path("sets").asInt(1), x.path("rest_seconds").asInt(0), x.path("per_leg").asBoolean(false)));
            } else if (kind.orElse(null) == EntryKind.EXERCISE && !e.has("routine")) {
                problems.add(file, id, "exercise", "an exercise needs its timing (hold_seconds, repetitions, ...) "
                        + "or, for a routine, the list of its exercises (routine)");
            }
            LocalDate lastReviewed = f.date("last_reviewed", true);
            if (!unique(file, id, "entry") || kind.isEmpty() || grade.isEmpty() || lastReviewed == null) {
                continue;
            }
            entries.put(id, new Entry(id, kind.get(), f.text("title", true), f.text("summary", true),
                    f.text("body", true), grade.get(), entrySources, audience, f.list("related", false),
                    f.list("covers", false), f.list("aliases", false), verdict, Optional.ofNullable(why),
                    f.list("steps", false), exercise, f.list("routine", false), f.list("warnings", false), lastReviewed,
                    file));
        }
    }

    private void readMedicines() {
        String file = "medicines.yaml";
        JsonNode list = tree(file).path("medicines");
        if (!list.isArray()) {
            problems.add(file, null, "medicines", "expected a list of medicines");
            return;
        }
        List<String> classes = contract.medicineClasses();
        Map<String, String> names = new HashMap<>();
        for (JsonNode m : list) {
            Fields f = new Fields(file, m);
            String generic = f.text("generic", true);
            if (generic == null) {
                continue;
            }
            f.entry = generic;
            String cls = f.text("class", true);
            if (cls != null && !classes.contains(cls)) {
                problems.add(file, generic, "class", "unknown class '" + cls + "' (one of " + classes + ")");
            }
            // a missing or unknown link is a load problem, so the placeholder never reaches a loaded knowledge base
            CrampLink link = f.enumValue("cramp_link", CrampLink::parse, true).orElse(CrampLink.NONE);
            Medicine med = new Medicine(generic, cls, f.text("group", false), link,
                    f.list("also", false), f.list("brands", false), f.list("sources", true));
            for (String name : med.names()) {
                String key = MedicineIndex.key(name);
                if (key.isEmpty()) {
                    problems.add(file, generic, "brands", "name '" + name + "' has nothing left once doses and forms are removed");
                    continue;
                }
                String other = names.putIfAbsent(key, generic);
                if (other != null && !other.equals(generic)) {
                    problems.add(file, generic, "brands", "name '" + name + "' is also a name of '" + other + "'");
                }
            }
            medicines.add(med);
        }
    }

    // ---------------------------------------------------------------- rules

    private Rules readRules() {
        JsonNode triageFile = tree("rules/triage.yaml");
        Map<Level, String> headlines = new LinkedHashMap<>();
        for (String level : contract.levels()) {
            String headline = triageFile.path("levels").path(level).path("headline").asString(null);
            if (headline == null) {
                problems.add("rules/triage.yaml", "levels/" + level, "headline", "every level needs a headline");
            } else {
                Level.of(level).ifPresentOrElse(l -> headlines.put(l, headline),
                        () -> problems.add("rules/triage.yaml", "levels/" + level, "level", "not a level of CrampCare"));
            }
        }
        String notRuledOut = triageFile.path("levels").path("self_care").path("not_ruled_out").asString(null);
        if (notRuledOut == null || notRuledOut.isBlank()) {
            problems.add("rules/triage.yaml", "levels/self_care", "not_ruled_out",
                    "self-care needs the headline for a warning sign answered \"not sure\"");
        }
        String disclaimer = triageFile.path("disclaimer").asString(null);
        if (disclaimer == null || disclaimer.isBlank()) {
            problems.add("rules/triage.yaml", null, "disclaimer", "the disclaimer is missing");
        }
        List<TriageRule> triage = new ArrayList<>();
        for (JsonNode r : list("rules/triage.yaml", triageFile, "rules")) {
            Fields f = new Fields("rules/triage.yaml", r);
            String id = f.id();
            if (id == null || !unique("rules/triage.yaml", "triage:" + id, "triage rule")) {
                continue;
            }
            f.allowOnly("id", "level", "sign", "when", "unless", "text", "sources", "explains");
            String levelName = f.text("level", true);
            Optional<Level> level = levelName == null ? Optional.empty() : Level.of(levelName);
            if (levelName != null && level.isEmpty()) {
                problems.add(f.file, id, "level", "unknown level '" + levelName + "' (one of " + Level.ids() + ")");
            }
            Condition when = conditions.parse(r.get("when"), f.file, id, "when");
            Optional<Condition> unless = r.has("unless") ? Optional.of(conditions.parse(r.get("unless"), f.file, id, "unless"))
                    : Optional.empty();
            triage.add(new TriageRule(id, level.orElse(Level.SELF_CARE), when, unless, f.text("text", true), f.list("sources", true),
                    f.list("explains", false), Optional.ofNullable(f.text("sign", false))));
        }

        List<CauseRule> causes = new ArrayList<>();
        JsonNode causesFile = tree("rules/causes.yaml");
        for (JsonNode c : list("rules/causes.yaml", causesFile, "causes")) {
            Fields f = new Fields("rules/causes.yaml", c);
            String id = f.id();
            if (id == null || !unique("rules/causes.yaml", "cause:" + id, "cause rule")) {
                continue;
            }
            f.allowOnly("id", "base", "residual", "factors");
            double base = c.path("base").asDouble(0);
            List<CauseRule.Factor> factors = new ArrayList<>();
            int i = 0;
            for (JsonNode factor : c.path("factors")) {
                String where = "factors[" + i++ + "]";
                double weight = factor.path("weight").asDouble(-1);
                if (weight <= 0 || weight > 1) {
                    problems.add(f.file, id, where + ".weight", "weight must be in (0, 1]");
                }
                factors.add(new CauseRule.Factor(conditions.parse(factor.get("when"), f.file, id, where + ".when"), weight));
            }
            if (base < 0 || base > 1) {
                problems.add(f.file, id, "base", "base must be in [0, 1]");
            }
            if (factors.isEmpty() && base == 0) {
                problems.add(f.file, id, "factors", "a cause needs factors or a base score");
            }
            causes.add(new CauseRule(id, base, c.path("residual").asBoolean(false), factors));
        }

        List<MimicRule> mimics = new ArrayList<>();
        JsonNode mimicsFile = tree("rules/mimics.yaml");
        for (JsonNode m : list("rules/mimics.yaml", mimicsFile, "mimics")) {
            Fields f = new Fields("rules/mimics.yaml", m);
            String id = f.id();
            if (id == null || !unique("rules/mimics.yaml", "mimic:" + id, "mimic rule")) {
                continue;
            }
            f.allowOnly("id", "when");
            mimics.add(new MimicRule(id, conditions.parse(m.get("when"), f.file, id, "when")));
        }

        List<StepRule> firstAid = stepRules("rules/first-aid.yaml", "first_aid");
        List<StepRule> prevention = stepRules("rules/prevention.yaml", "prevention");

        List<Question> questions = new ArrayList<>();
        JsonNode questionsFile = tree("rules/questions.yaml");
        Set<String> fields = Set.copyOf(contract.requestFields());
        for (JsonNode q : list("rules/questions.yaml", questionsFile, "questions")) {
            Fields f = new Fields("rules/questions.yaml", q);
            String field = f.text("field", true);
            if (field == null) {
                continue;
            }
            f.entry = field;
            if (!unique("rules/questions.yaml", "question:" + field, "question")) {
                continue;
            }
            if (!fields.contains(field) && !isListValue(field)) {
                problems.add(f.file, field, "field", "not an input field of contract v1");
            }
            f.allowOnly("field", "text", "stage", "help", "ask_if", "skip_if", "about_unrecognised", "label", "you", "they",
                    "child");
            Map<Question.Audience, String> wordings = new java.util.EnumMap<>(Question.Audience.class);
            for (Question.Audience a : Question.Audience.values()) {
                String w = f.text(a.name().toLowerCase(java.util.Locale.ROOT), false);
                if (w != null) {
                    wordings.put(a, w);
                }
            }
            Optional<Condition> askIf = q.has("ask_if")
                    ? Optional.of(conditions.parse(q.get("ask_if"), f.file, field, "ask_if")) : Optional.empty();
            Optional<Condition> skipIf = q.has("skip_if")
                    ? Optional.of(conditions.parse(q.get("skip_if"), f.file, field, "skip_if")) : Optional.empty();
            questions.add(new Question(field, f.text("text", true), f.text("stage", true),
                    Optional.ofNullable(f.text("help", false)), askIf, skipIf,
                    Optional.ofNullable(f.text("about_unrecognised", false)), Optional.ofNullable(f.text("label", false)),
                    wordings));
        }
        List<QuestionGroup> groups = new ArrayList<>();
        Map<String, Question> byField = new HashMap<>();
        questions.forEach(q -> byField.put(q.field(), q));
        Set<String> grouped = new java.util.HashSet<>();
        for (JsonNode g : questionsFile.has("groups") ? list("rules/questions.yaml", questionsFile, "groups") : List.<JsonNode>of()) {
            Fields f = new Fields("rules/questions.yaml", g);
            String id = f.id();
            if (id == null) {
                continue;
            }
            f.entry = "groups/" + id;
            f.allowOnly("id", "text", "fields");
            List<String> members = f.list("fields", true);
            String stage = null;
            for (String member : members) {
                Question q = byField.get(member);
                if (q == null || !member.startsWith("/symptoms/")) {
                    problems.add(f.file, f.entry, "fields", "'" + member + "' is not a symptom question of this file");
                    continue;
                }
                if (stage != null && !stage.equals(q.stage())) {
                    problems.add(f.file, f.entry, "fields", "'" + member + "' is of stage " + q.stage() + ", the group of " + stage);
                }
                stage = q.stage();
                if (!grouped.add(member)) {
                    problems.add(f.file, f.entry, "fields", "'" + member + "' is already in another group");
                }
            }
            groups.add(new QuestionGroup(id, f.text("text", true), members));
        }
        return new Rules(conditions.named(), headlines, notRuledOut, disclaimer, triage, causes, mimics, firstAid, prevention,
                questions, List.copyOf(groups));
    }

    private boolean isListValue(String field) {
        int slash = field.lastIndexOf('/');
        return slash > 0 && contract.allowedValues(field.substring(0, slash)).contains(field.substring(slash + 1));
    }

    private List<StepRule> stepRules(String file, String key) {
        List<StepRule> out = new ArrayList<>();
        int i = 0;
        for (JsonNode r : list(file, tree(file), key)) {
            String where = key + "[" + i++ + "]";
            Fields f = new Fields(file, r);
            f.entry = where;
            f.allowOnly("when", "unless", "give", "give_if_unsure", "stop", "note");
            Condition when = r.has("when") ? conditions.parse(r.get("when"), file, where, "when") : new Condition.Always();
            Optional<Condition> unless = r.has("unless") ? Optional.of(conditions.parse(r.get("unless"), file, where, "unless"))
                    : Optional.empty();
            boolean stop = r.path("stop").asBoolean(false);
            List<String> ifUnsure = f.list("give_if_unsure", false);
            if (!ifUnsure.isEmpty() && unless.isEmpty()) {
                problems.add(file, where, "give_if_unsure", "give_if_unsure needs an unless (it replaces give while the unless is unknown)");
            }
            out.add(new StepRule(when, unless, f.list("give", !stop), ifUnsure, stop));
        }
        return out;
    }

    private Iterable<JsonNode> list(String file, JsonNode tree, String key) {
        JsonNode list = tree.path(key);
        if (!list.isArray()) {
            if (trees.containsKey(file)) {
                problems.add(file, null, key, "expected a list under '" + key + "'");
            }
            return List.of();
        }
        return list;
    }

    // ---------------------------------------------------------------- coverage and cross-references

    private ArticleCoverage readCoverage() {
        byte[] article = files.files().get(ARTICLE);
        if (article == null) {
            problems.add(ARTICLE, null, null, "the source article is missing");
            return new ArticleCoverage(List.of(), Map.of(), Map.of());
        }
        List<String> headings = ArticleCoverage.headingsOf(new String(article, StandardCharsets.UTF_8));
        Map<String, List<String>> coveredBy = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            for (String h : e.covers()) {
                if (!headings.contains(h)) {
                    problems.add(e.file(), e.id(), "covers", "'" + h + "' is not a heading of the article");
                }
                coveredBy.computeIfAbsent(h, k -> new ArrayList<>()).add(e.id());
            }
        }
        Map<String, String> leftOut = new LinkedHashMap<>();
        for (JsonNode l : list(LEFT_OUT, tree(LEFT_OUT), "left_out")) {
            Fields f = new Fields(LEFT_OUT, l);
            String heading = f.text("heading", true);
            String reason = f.text("reason", true);
            if (heading == null) {
                continue;
            }
            f.entry = heading;
            if (!headings.contains(heading)) {
                problems.add(LEFT_OUT, heading, "heading", "not a heading of the article");
            }
            if (coveredBy.containsKey(heading)) {
                problems.add(LEFT_OUT, heading, "heading", "listed as left out but covered by " + coveredBy.get(heading));
            }
            leftOut.put(heading, reason == null ? "" : reason);
        }
        ArticleCoverage coverage = new ArticleCoverage(headings, coveredBy, leftOut);
        for (String h : coverage.uncovered()) {
            problems.add(ARTICLE, h, "heading", "no entry covers this heading and it is not listed in " + LEFT_OUT
                    + " with a reason");
        }
        return coverage;
    }

    private void checkReferences(Rules rules) {
        for (Entry e : entries.values()) {
            checkSources(e.file(), e.id(), e.sources());
            for (String r : e.related()) {
                if (!entries.containsKey(r)) {
                    problems.add(e.file(), e.id(), "related", "unknown entry '" + r + "'");
                }
            }
            for (String x : e.routine()) {
                Entry step = entries.get(x);
                if (step == null || step.kind() != EntryKind.EXERCISE || step.exercise().isEmpty()) {
                    problems.add(e.file(), e.id(), "routine", "'" + x + "' is not an exercise entry with a timing");
                }
            }
        }
        for (Medicine m : medicines) {
            checkSources("medicines.yaml", m.generic(), m.sources());
        }
        for (TriageRule r : rules.triage()) {
            checkSources("rules/triage.yaml", r.id(), r.sources());
            for (String x : r.explains()) {
                if (!entries.containsKey(x)) {
                    problems.add("rules/triage.yaml", r.id(), "explains", "unknown entry '" + x + "'");
                }
            }
        }
        checkProduced("rules/causes.yaml", "causes", rules.causes().stream().map(CauseRule::id).toList(), EntryKind.CAUSE);
        checkProduced("rules/mimics.yaml", "mimics", rules.mimics().stream().map(MimicRule::id).toList(), EntryKind.MIMIC);
        checkProduced("rules/first-aid.yaml", "first_aid",
                rules.firstAid().stream().flatMap(s -> s.allIds().stream()).distinct().toList(), EntryKind.FIRST_AID_STEP);
        List<String> advice = rules.prevention().stream().flatMap(s -> s.allIds().stream()).distinct().toList();
        for (String id : advice) {
            checkEntry("rules/prevention.yaml", id, "give", EntryKind.PREVENTION, EntryKind.DIET, EntryKind.EXERCISE);
        }
        Set<String> asked = new java.util.HashSet<>();
        rules.questions().forEach(q -> asked.add(q.field()));
        for (TriageRule r : rules.triage()) {
            List<String> leafFields = new ArrayList<>();
            r.when().fields(leafFields);
            for (String field : leafFields) {
                if (!field.equals("/medications") && !asked.contains(field)) {
                    problems.add("rules/questions.yaml", field, "field",
                            "triage rule '" + r.id() + "' reads this field but no question asks for it");
                }
            }
        }
    }

    /** Every reserved contract id is produced by some rule, every produced id has an entry of the right kind. */
    private void checkProduced(String file, String resultList, List<String> produced, EntryKind kind) {
        for (String reserved : contract.reservedIds(resultList)) {
            if (!produced.contains(reserved)) {
                problems.add(file, reserved, resultList, "reserved contract id that no rule produces");
            }
        }
        for (String id : produced) {
            checkEntry(file, id, resultList, kind);
        }
    }

    private void checkEntry(String file, String id, String field, EntryKind... kinds) {
        Entry e = entries.get(id);
        if (e == null) {
            problems.add(file, id, field, "no library entry with this id gives its text");
        } else if (!List.of(kinds).contains(e.kind())) {
            problems.add(file, id, field, "entry '" + id + "' is a " + e.kind().key() + ", expected " + List.of(kinds));
        }
    }

    private void checkSources(String file, String id, List<String> ids) {
        for (String s : ids) {
            if (!sources.containsKey(s)) {
                problems.add(file, id, "sources", "unknown source '" + s + "'");
            }
        }
    }

    private boolean unique(String file, String id, String what) {
        String previous = seenIn.putIfAbsent(what + "/" + id, file);
        if (previous != null) {
            problems.add(file, id, "id", "duplicate " + what + " id (also in " + previous + ")");
            return false;
        }
        return true;
    }

    /** Reads the fields of one YAML object, reporting missing or ill-typed ones. */
    private final class Fields {
        final String file;
        final JsonNode node;
        String entry;

        Fields(String file, JsonNode node) {
            this.file = file;
            this.node = node;
        }

        String id() {
            String id = text("id", true);
            entry = id;
            if (id != null && !id.matches("[a-z][a-z0-9_]*")) {
                problems.add(file, id, "id", "ids are snake_case: lower-case letters, digits and _");
            }
            return id;
        }

        String text(String field, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    problems.add(file, entry, field, "required field is missing");
                }
                return null;
            }
            if (!v.isValueNode()) {
                problems.add(file, entry, field, "expected text");
                return null;
            }
            String s = v.asString();
            if (required && s.isBlank()) {
                problems.add(file, entry, field, "must not be empty");
            }
            return s.strip();
        }

        /** An ISO date (YYYY-MM-DD); null, with a problem reported, when it is missing or not a date. */
        LocalDate date(String field, boolean required) {
            String s = text(field, required);
            if (s == null || s.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problems.add(file, entry, field, "expected an ISO date (YYYY-MM-DD), not '" + s + "'");
                return null;
            }
        }

        List<String> list(String field, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull() || (v.isArray() && v.isEmpty())) {
                if (required) {
                    problems.add(file, entry, field, "at least one value is required");
                }
                return List.of();
            }
            if (!v.isArray()) {
                problems.add(file, entry, field, "expected a list");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            v.forEach(x -> out.add(x.asString()));
            return List.copyOf(out);
        }

        <T> Optional<T> enumValue(String field, java.util.function.Function<String, Optional<T>> parse, boolean required) {
            String v = text(field, required);
            if (v == null) {
                return Optional.empty();
            }
            Optional<T> value = parse.apply(v);
            if (value.isEmpty()) {
                problems.add(file, entry, field, "unknown value '" + v + "'");
            }
            return value;
        }

        void allowOnly(String... allowed) {
            Set<String> ok = Set.of(allowed);
            for (String name : node.propertyNames()) {
                if (!ok.contains(name)) {
                    problems.add(file, entry, name, "unknown field (allowed: " + String.join(", ", allowed) + ")");
                }
            }
        }
    }
}
