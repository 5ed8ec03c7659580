package org.crampcare.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.crampcare.contract.Contract;
import org.junit.jupiter.api.Test;

/** `kb check`: the real knowledge base is valid, and each kind of mistake is reported precisely. */
class KnowledgeCheckTest {
    private static final KnowledgeFiles REAL = KnowledgeFiles.fromClasspath();

    @Test
    void thePackagedKnowledgeBaseIsValid() {
        KnowledgeBase kb = KnowledgeLoader.load(REAL);
        assertThat(kb.entries()).hasSizeGreaterThan(100);
        assertThat(kb.coverage().uncovered()).isEmpty();
        assertThat(kb.version()).startsWith("kb-");
    }

    @Test
    void everyEntryHasSourcesAndAGrade() {
        KnowledgeBase kb = KnowledgeLoader.load(REAL);
        assertThat(kb.entries()).allSatisfy(e -> {
            assertThat(e.sources()).as(e.id()).isNotEmpty();
            assertThat(e.grade()).as(e.id()).isNotNull();
        });
    }

    @Test
    void everyReservedContractIdHasAnEntryAndARule() {
        KnowledgeBase kb = KnowledgeLoader.load(REAL);
        for (String list : List.of("causes", "mimics", "first_aid")) {
            assertThat(Contract.get().reservedIds(list)).allSatisfy(id -> assertThat(kb.entry(id)).as(id).isPresent());
        }
    }

    @Test
    void anUncoveredHeadingIsReported() {
        var files = edit("article/left-out.yaml", s -> s.replace("  - heading: \"Video\"\n", "  - heading: \"Removed\"\n"));
        assertProblem(files, "article/leg-cramps-article.txt", "Video", "heading", "no entry covers this heading");
    }

    @Test
    void aDanglingRelatedIdIsReported() {
        var files = edit("topics/about.yaml", s -> s.replaceFirst("related: \\[", "related: [no_such_entry, "));
        assertProblem(files, "topics/about.yaml", null, "related", "unknown entry 'no_such_entry'");
    }

    @Test
    void aRuleNamingAnUnknownFieldIsReported() {
        var files = edit("rules/triage.yaml", s -> s.replace("field: /episode/duration_seconds",
                "field: /episode/duration_minutes"));
        assertProblem(files, "rules/triage.yaml", "cramp_over_10_minutes", "when.field",
                "'/episode/duration_minutes' is not an input field of contract v1");
    }

    @Test
    void aRuleNamingAnUnknownValueIsReported() {
        var files = edit("rules/triage.yaml", s -> s.replace("when: {symptom: dark_urine}", "when: {symptom: brown_urine}"));
        assertProblem(files, "rules/triage.yaml", "dark_urine", "when.symptom",
                "'brown_urine' is not a value of /symptoms");
    }

    @Test
    void aRuleComparingAnEnumWithAnUnknownValueIsReported() {
        var files = edit("rules/conditions.yaml", s -> s.replace("is: rhythmic", "is: jerky"));
        assertProblem(files, "rules/conditions.yaml", "seizure_signs", null, "'jerky' is not a value of /episode/kind");
    }

    @Test
    void everyEntrySaysWhenItWasLastReviewed() {
        KnowledgeBase kb = KnowledgeLoader.load(REAL);
        assertThat(kb.entries()).allSatisfy(e -> assertThat(e.lastReviewed()).as(e.id()).isNotNull());
    }

    @Test
    void anEntryWithoutALastReviewedDateIsReported() {
        var files = edit("topics/about.yaml", s -> s.replaceFirst("\\n    last_reviewed: 2026-12-02", ""));
        assertProblem(files, "topics/about.yaml", "what_is_a_cramp", "last_reviewed", "required field is missing");
    }

    @Test
    void aLastReviewedDateThatIsNotAnIsoDateIsReported() {
        var files = edit("topics/about.yaml", s -> s.replaceFirst("last_reviewed: 2026-12-02", "last_reviewed: 2/12/2026"));
        assertProblem(files, "topics/about.yaml", "what_is_a_cramp", "last_reviewed",
                "expected an ISO date (YYYY-MM-DD), not '2/12/2026'");
    }

    @Test
    void anEntryWithoutSourcesIsReported() {
        var files = edit("topics/about.yaml", s -> s.replaceFirst("sources: \\[[^]]*]", "sources: []"));
        assertProblem(files, "topics/about.yaml", null, "sources", "at least one value is required");
    }

    @Test
    void anEntryWithoutAGradeIsReported() {
        var files = edit("topics/about.yaml", s -> s.replaceFirst("\n    grade: [a-z_]+", ""));
        assertProblem(files, "topics/about.yaml", null, "grade", "required field is missing");
    }

    @Test
    void aDuplicateIdIsReported() {
        var files = edit("topics/groups.yaml", s -> s.replaceFirst("id: cramps_in_men", "id: cramps_in_women"));
        assertProblem(files, "topics/groups.yaml", "cramps_in_women", "id", "duplicate entry id");
    }

    @Test
    void aReservedContractIdThatNothingProducesIsReported() {
        var files = edit("rules/mimics.yaml", s -> s.replace("  - id: contracture\n    when: {symptom: joint_stuck_in_fixed_position}\n", ""));
        assertProblem(files, "rules/mimics.yaml", "contracture", "mimics", "reserved contract id that no rule produces");
    }

    @Test
    void aRuleNamingAnUnknownSourceIsReported() {
        var files = edit("rules/triage.yaml", s -> s.replace("sources: [nice_cg147_pad]", "sources: [made_up_2099]"));
        assertProblem(files, "rules/triage.yaml", "cold_pale_leg", "sources", "unknown source 'made_up_2099'");
    }

    @Test
    void aRoutineNamingSomethingOtherThanAnExerciseIsReported() {
        var files = edit("topics/exercises.yaml", s -> s.replace("routine: [exercise_march_on_the_spot,",
                "routine: [night_cramps,"));
        assertProblem(files, "topics/exercises.yaml", "bedtime_stretch_routine", "routine",
                "'night_cramps' is not an exercise entry with a timing");
    }

    @Test
    void invalidYamlIsReportedWithItsFile() {
        var files = edit("rules/mimics.yaml", s -> s + "\n  - id: [unclosed\n");
        assertProblem(files, "rules/mimics.yaml", null, null, "not valid YAML");
    }

    @Test
    void aNotRecommendedRemedyWithoutAReasonIsReported() {
        var files = edit("topics/folk-remedies.yaml", s -> s.replaceFirst("\n    why: [^\n]*", ""));
        assertProblem(files, "topics/folk-remedies.yaml", null, "why", "needs a 'why'");
    }

    @Test
    void aMedicineNameUsedTwiceIsReported() {
        var files = edit("medicines.yaml", s -> s + "\n  - generic: testamide\n    class: other\n    brands: [Lasix]\n"
                + "    sources: [nice_cks_leg_cramps]\n");
        assertThatThrownBy(() -> KnowledgeLoader.load(files)).isInstanceOf(KnowledgeException.class)
                .satisfies(e -> assertThat(((KnowledgeException) e).problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("'Lasix' is also a name of")));
    }

    @Test
    void aMedicineWithAnUnknownCrampLinkIsReported() {
        var files = edit("medicines.yaml", s -> s.replaceFirst("cramp_link: weak", "cramp_link: slight"));
        assertProblem(files, "medicines.yaml", "furosemide", "cramp_link", "unknown value 'slight'");
    }

    @Test
    void aMedicineWithoutACrampLinkIsReported() {
        var files = edit("medicines.yaml", s -> s + "\n  - generic: testamide\n    class: other\n"
                + "    sources: [nice_cks_leg_cramps]\n");
        assertProblem(files, "medicines.yaml", "testamide", "cramp_link", "required field is missing");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        var files = edit("rules/triage.yaml", s -> s.replace("when: {symptom: dark_urine}", "when: {symptom: x1}")
                .replace("when: {symptom: palpitations}", "when: {symptom: x2}"));
        assertThatThrownBy(() -> KnowledgeLoader.load(files)).isInstanceOf(KnowledgeException.class)
                .satisfies(e -> assertThat(((KnowledgeException) e).problems()).hasSizeGreaterThanOrEqualTo(2));
    }

    private static KnowledgeFiles edit(String file, UnaryOperator<String> change) {
        Map<String, byte[]> copy = new TreeMap<>(REAL.files());
        String before = new String(copy.get(file), StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the test's edit of " + file + " changed nothing").isNotEqualTo(before);
        copy.put(file, after.getBytes(StandardCharsets.UTF_8));
        return new KnowledgeFiles("test", copy);
    }

    private static void assertProblem(KnowledgeFiles files, String file, String entry, String field, String message) {
        assertThatThrownBy(() -> KnowledgeLoader.load(files)).isInstanceOf(KnowledgeException.class)
                .satisfies(e -> assertThat(((KnowledgeException) e).problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(file);
                    if (entry != null) {
                        assertThat(p.entry()).isEqualTo(entry);
                    }
                    if (field != null) {
                        assertThat(p.field()).isEqualTo(field);
                    }
                    assertThat(p.message()).contains(message);
                }));
    }
}
