package org.crampcare.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class AssessmentFlowTest {
    private final AssessmentFlow flow = TestAssessment.FLOW;
    private final Questionnaire questionnaire = TestAssessment.QUESTIONNAIRE;

    private List<String> fields(List<Integer> page) {
        return page.stream().map(i -> questionnaire.all().get(i).field()).toList();
    }

    private Set<Integer> indexes(String... fields) {
        return java.util.Arrays.stream(fields).map(f -> TestAssessment.question(f).index()).collect(Collectors.toSet());
    }

    private List<Integer> stage(String stage) {
        return questionnaire.all().stream().filter(q -> q.stage().equals(stage)).map(FormQuestion::index).toList();
    }

    private static Answers answers(String... fieldValue) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < fieldValue.length; i += 2) {
            map.computeIfAbsent(fieldValue[i], k -> new ArrayList<>()).add(fieldValue[i + 1]);
        }
        return new Answers(map);
    }

    /** Every red-flag question answered no, with some answers replaced. */
    private static Answers redFlags(String... overrides) {
        Map<String, List<String>> map = new HashMap<>();
        TestAssessment.QUESTIONNAIRE.all().stream().filter(q -> q.stage().equals("red_flags"))
                .forEach(q -> map.put(q.field(), List.of(q.field().equals("/episode/fully_aware") ? "yes" : "no")));
        for (int i = 0; i < overrides.length; i += 2) {
            map.put(overrides[i], List.of(overrides[i + 1]));
        }
        return new Answers(map);
    }

    private Trail redFlagTrail() {
        List<Integer> all = stage("red_flags");
        return new Trail(List.of(all.subList(0, 1), all.subList(1, all.size())));
    }

    @Test
    void theFirstPageIsTheAwarenessQuestionAlone() {
        assertThat(fields(flow.firstPage())).containsExactly("/episode/fully_aware");
    }

    @Test
    void theRedFlagSymptomsComeNext() {
        List<Integer> page = flow.nextPage(answers("/episode/fully_aware", "yes"), indexes("/episode/fully_aware")).orElseThrow();
        assertThat(fields(page)).contains("/symptoms/loss_of_consciousness", "/symptoms/chest_pain")
                .allMatch(f -> f.startsWith("/symptoms/"));
    }

    @Test
    void pregnancyWaitsForSexAndAge() {
        Set<Integer> asked = new java.util.HashSet<>(stage("red_flags"));
        asked.addAll(stage("episode"));
        List<String> page = fields(flow.nextPage(Answers.none(), asked).orElseThrow());
        assertThat(page).contains("/person/age_years", "/person/sex").doesNotContain("/person/pregnant");
    }

    @Test
    void pregnancyIsNotAskedOfAMan() {
        Set<Integer> asked = new java.util.HashSet<>(stage("red_flags"));
        asked.addAll(stage("episode"));
        asked.addAll(indexes("/person/age_years", "/person/sex"));
        List<String> page = fields(flow.nextPage(answers("/person/sex", "male", "/person/age_years", "40"), asked).orElseThrow());
        assertThat(page).doesNotContain("/person/pregnant", "/person/pregnancy_week", "/person/born_premature")
                .contains("/history/episodes_per_week");
    }

    @Test
    void pregnancyIsAskedOfAWomanAndTheWeekOnlyWhenPregnant() {
        Set<Integer> asked = new java.util.HashSet<>(stage("red_flags"));
        asked.addAll(stage("episode"));
        asked.addAll(indexes("/person/age_years", "/person/sex"));
        Answers woman = answers("/person/sex", "female", "/person/age_years", "30");
        assertThat(fields(flow.nextPage(woman, asked).orElseThrow())).containsExactly("/person/pregnant");
        asked.addAll(indexes("/person/pregnant"));
        Answers pregnant = answers("/person/sex", "female", "/person/age_years", "30", "/person/pregnant", "yes");
        assertThat(fields(flow.nextPage(pregnant, asked).orElseThrow())).containsExactly("/person/pregnancy_week");
        Answers notSure = answers("/person/sex", "female", "/person/age_years", "30", "/person/pregnant", "unsure");
        assertThat(fields(flow.nextPage(notSure, asked).orElseThrow())).doesNotContain("/person/pregnancy_week");
    }

    @Test
    void theChildQuestionIsForChildrenOnlyAndNotSureAgeKeepsIt() {
        Set<Integer> asked = new java.util.HashSet<>(stage("red_flags"));
        asked.addAll(stage("episode"));
        asked.addAll(indexes("/person/age_years", "/person/sex"));
        assertThat(fields(flow.nextPage(answers("/person/sex", "male", "/person/age_years", "7"), asked).orElseThrow()))
                .containsExactly("/person/born_premature");
        assertThat(fields(flow.nextPage(answers("/person/sex", "male"), asked).orElseThrow()))
                .containsExactly("/person/born_premature");
    }

    @Test
    void anAnswerThatNoLongerAppliesIsNotSent() {
        Trail trail = new Trail(List.of(List.copyOf(indexes("/person/sex", "/person/age_years")),
                List.copyOf(indexes("/person/pregnant"))));
        JsonNode sent = flow.evaluate(answers("/person/sex", "male", "/person/age_years", "40", "/person/pregnant", "yes"), trail)
                .request();
        assertThat(sent.path("person").has("pregnant")).isFalse();
        assertThat(sent.path("person").path("sex").asString()).isEqualTo("male");
    }

    @Test
    void anAnswerToAQuestionNotAskedOnTheTrailIsNotSent() {
        Trail trail = Trail.of(List.copyOf(indexes("/episode/fully_aware")));
        JsonNode sent = flow.evaluate(answers("/episode/fully_aware", "yes", "/person/age_years", "40"), trail).request();
        assertThat(sent.has("person")).isFalse();
    }

    @Test
    void notSureIsNeverSentAsNo() {
        AssessmentFlow.Evaluation e = flow.evaluate(redFlags("/symptoms/chest_pain", "unsure"), redFlagTrail());
        assertThat(e.request().has("symptoms")).as("no symptom list: every symptom stays unknown").isFalse();
        assertThat(e.result().followUpQuestions()).anyMatch(f -> f.field().equals("/symptoms/chest_pain"));
    }

    @Test
    void aRedFlagLeftUnansweredIsNotSure() {
        Map<String, List<String>> map = new HashMap<>(redFlags().values());
        map.remove("/symptoms/dark_urine");
        AssessmentFlow.Evaluation e = flow.evaluate(new Answers(map), redFlagTrail());
        assertThat(e.request().has("symptoms")).isFalse();
        assertThat(e.result().followUpQuestions()).anyMatch(f -> f.field().equals("/symptoms/dark_urine"));
    }

    @Test
    void aYesIsSentAndTheNotSureStaysOpen() {
        AssessmentFlow.Evaluation e = flow.evaluate(
                redFlags("/symptoms/muscle_weakness", "yes", "/symptoms/chest_pain", "unsure"), redFlagTrail());
        assertThat(e.request().path("symptoms").toString()).isEqualTo("[\"muscle_weakness\"]");
        assertThat(e.level()).isEqualTo("doctor");
        assertThat(e.result().followUpQuestions())
                .anyMatch(f -> f.field().equals("/symptoms/chest_pain") && f.level().equals("emergency"));
    }

    @Test
    void aSymptomAnsweredNoIsNeverAskedAgain() {
        AssessmentFlow.Evaluation e = flow.evaluate(redFlags("/symptoms/chest_pain", "unsure"), redFlagTrail());
        assertThat(e.result().followUpQuestions()).noneMatch(f -> f.field().equals("/symptoms/dark_urine"));
    }

    @Test
    void everySymptomAnsweredSendsTheListOfYeses() {
        Map<String, List<String>> map = new HashMap<>();
        List<Integer> all = new ArrayList<>();
        for (FormQuestion q : questionnaire.all()) {
            if (q.symptom() || q.index() == 0) {
                map.put(q.field(), List.of(q.index() == 0 ? "yes" : q.field().endsWith("/fever") ? "yes" : "no"));
                all.add(q.index());
            }
        }
        AssessmentFlow.Evaluation e = flow.evaluate(new Answers(map), Trail.of(all));
        assertThat(e.request().path("symptoms").toString()).isEqualTo("[\"fever\"]");
    }

    @Test
    void anEmergencyRedFlagIsAnEmergency() {
        assertThat(flow.evaluate(redFlags("/symptoms/chest_pain", "yes"), redFlagTrail()).emergency()).isTrue();
        assertThat(flow.evaluate(answers("/episode/fully_aware", "no"), Trail.of(List.of(0))).emergency()).isTrue();
    }

    @Test
    void numbersListsAndNoneAreSentAsTheContractWantsThem() {
        Trail trail = Trail.of(List.copyOf(indexes("/person/age_years", "/history/episodes_per_week", "/conditions",
                "/medications", "/episode/locations", "/episode/duration_seconds")));
        JsonNode sent = flow.evaluate(answers("/person/age_years", "40", "/history/episodes_per_week", "0.5",
                "/conditions", "_none", "/medications", "Lasix 40 mg", "/medications", "simvastatin",
                "/episode/locations", "calf", "/episode/locations", "foot", "/episode/duration_seconds", "90"), trail).request();
        assertThat(sent.toString()).contains("\"age_years\":40").contains("\"episodes_per_week\":0.5")
                .contains("\"conditions\":[]").contains("\"medications\":[\"Lasix 40 mg\",\"simvastatin\"]")
                .contains("\"locations\":[\"calf\",\"foot\"]").contains("\"duration_seconds\":90");
    }
    @Test
    void aQuestionThatDoesNotApplyIsNeverAFollowUp() {
        List<List<Integer>> pages = new ArrayList<>(redFlagTrail().pages());
        pages.add(List.copyOf(indexes("/person/sex")));
        Trail trail = new Trail(pages);
        Map<String, List<String>> man = new HashMap<>(redFlags("/symptoms/severe_headache", "yes").values());
        man.put("/person/sex", List.of("male"));
        assertThat(flow.evaluate(new Answers(man), trail).result().followUpQuestions())
                .noneMatch(f -> f.field().startsWith("/person/pregnan"));
        Map<String, List<String>> woman = new HashMap<>(man);
        woman.put("/person/sex", List.of("female"));
        assertThat(flow.evaluate(new Answers(woman), trail).result().followUpQuestions())
                .anyMatch(f -> f.field().equals("/person/pregnant"));
    }
}
