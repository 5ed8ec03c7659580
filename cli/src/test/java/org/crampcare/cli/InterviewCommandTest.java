package org.crampcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.crampcare.contract.Contract;
import org.junit.jupiter.api.Test;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** `crampcare interview`: the core's interview in the terminal, answered through standard input. */
class InterviewCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DISCLAIMER = "CrampCare gives information, not a diagnosis.";

    /** Fully aware: yes; seizure checklist: 2 (the whole body jerked); conditions: 0 (none, so not epilepsy). */
    private static final String SEIZURE = "1\n2\n0\n";

    @Test
    void aTickedSeizureSignEndsInAnEmergencyAndNoMoreQuestions() {
        CliRun run = CliRun.of(SEIZURE + "1\n1\n1\n1\n", "interview");
        assertThat(run.status()).isZero();
        String out = run.out();
        assertThat(out).contains("== Result: EMERGENCY ==", "Call the emergency number now.",
                "The whole body jerked or shook", "Keep someone having a seizure safe");
        String after = out.substring(out.indexOf("The answer is clear"));
        assertThat(after).doesNotContain("1) Yes", "0) None of these", "causes and prevention? (y/n)");
        assertThat(run.lines().stream().filter(l -> l.startsWith("> "))).as("answers read").hasSize(3);
    }

    @Test
    void anEmergencyIsSaidAtOnceEvenWhileAnExceptionIsStillAsked() {
        CliRun run = CliRun.of("1\n2\n", "interview");
        String out = run.out();
        int soFar = out.indexOf("So far: EMERGENCY.");
        assertThat(soFar).isPositive().isLessThan(out.indexOf("Has a doctor ever diagnosed"));
    }

    @Test
    void theEmergencyNumberAndTheDisclaimerComeAtTheStartAndTheEnd() {
        CliRun run = CliRun.of(SEIZURE, "interview");
        String out = run.out();
        assertThat(out.indexOf("In an emergency call 112 now.")).isLessThan(out.indexOf("Page 1"));
        assertThat(out.indexOf(DISCLAIMER)).isLessThan(out.indexOf("Page 1"));
        assertThat(out.lastIndexOf(DISCLAIMER)).isGreaterThan(out.indexOf("== Result"));
        assertThat(out.lastIndexOf("In an emergency call 112 now.")).isGreaterThan(out.indexOf("== Result"));
    }

    @Test
    void theEmergencyNumberComesFromTheSettings() {
        System.setProperty("crampcare.emergency-number", "999");
        try {
            assertThat(CliRun.of(SEIZURE, "interview").out()).contains("In an emergency call 999 now.")
                    .doesNotContain("call 112");
        } finally {
            System.clearProperty("crampcare.emergency-number");
        }
    }

    @Test
    void notSureToEverythingNeverEndsInSelfCareAloneButSaysWhatCouldNotBeRuledOut() {
        CliRun run = CliRun.of("?\n".repeat(200), "interview");
        assertThat(run.status()).isZero();
        String out = run.out();
        assertThat(out).contains("No more questions are needed.", "== Result: Self-care ==",
                "You can manage this at home");
        String notRuledOut = out.substring(out.indexOf("Not ruled out (you answered “not sure”):"));
        assertThat(notRuledOut).contains("Call 112 now if any of these is so:", "Chest pain",
                "The answer is “No” to: Did the person stay fully awake",
                "Get medical help today if any of these is so:", "One calf or leg swollen");
    }

    @Test
    void aWrongAnswerIsExplainedAndAskedAgain() {
        CliRun run = CliRun.of("7\nmaybe\n1\n2,9\n1,0\n2\n0\n", "interview");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("“7” is not one of the choices. Type 1, 2 or 3.",
                        "“maybe” is not one of the choices.", "“9” is not a number from the list.",
                        "0 (none of these) cannot go with other numbers.", "== Result: EMERGENCY ==")
                .doesNotContain("Exception");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void numbersAreTypedWithTheirUnitAndCheckedAgainstTheContract() {
        // aware: yes; seizure signs, chest, body signs, leg signs: none; locations: calf; then how long it lasted
        CliRun run = CliRun.of("1\n0\n0\n0\n0\n3\nlong\n2 weeks\n-5\n15 min\n", "interview");
        String out = run.out();
        assertThat(out).contains("“long” is not a number.", "“weeks” is not a unit I know.", "“-5” is not a number.");
        assertThat(out.replaceAll("\\s+", " ")).contains("== Result: URGENT", "did it last): 15 min)");
    }

    @Test
    void jsonPrintsOnlyTheResultOfContractV1AndItValidates() {
        CliRun run = CliRun.of(SEIZURE, "interview", "--json");
        assertThat(run.status()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.path("triage").path("level").asString()).isEqualTo("emergency");
        ObjectNode schema = (ObjectNode) Contract.get().resultSchema().deepCopy();
        schema.remove("$id");
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        assertThat(validator.validate(result)).isEmpty();
        assertThat(run.err()).contains("During or after it, did any of these happen?", DISCLAIMER);
    }

    @Test
    void inputThatEndsAfterSomeAnswersGivesTheResultSoFarWithWhatWasNotAsked() {
        CliRun run = CliRun.of("1\n0\n", "interview");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Input ended before the questions did", "== Result:",
                "Not asked yet, and could change the advice:", "Is there any chest pain?");
    }

    @Test
    void inputThatEndsBeforeAnyAnswerGivesStatus2() {
        CliRun run = CliRun.of("", "interview");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("No answers were given: nothing to assess.").doesNotContain("== Result");
    }
}
