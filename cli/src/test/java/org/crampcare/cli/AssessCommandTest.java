package org.crampcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `crampcare assess`: exit statuses, error pointers, and batch mode answering every line. */
class AssessCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRequestFromStandardInputIsAnsweredWithStatus0() {
        CliRun run = CliRun.of("{\"episode\": {\"locations\": [\"calf\"]}}", "assess", "-");
        assertThat(run.status()).isZero();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.path("contract").asString()).isEqualTo("crampcare.assessment/v1");
        assertThat(result.path("triage").path("level").asString()).isEqualTo("self_care");
    }

    @Test
    void aRequestFileIsAnswered(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("request.json");
        Files.writeString(file, "{\"symptoms\": [\"dark_urine\"]}");
        CliRun run = CliRun.of("", "assess", file.toString());
        assertThat(run.status()).isZero();
        assertThat(JSON.readTree(run.out()).path("triage").path("level").asString()).isEqualTo("emergency");
    }

    @Test
    void badInputGivesStatus2AndTheErrorObjectWithPointers() {
        CliRun run = CliRun.of("{\"person\": {\"age_years\": 200}, \"colour\": \"red\"}", "assess", "-");
        assertThat(run.status()).isEqualTo(2);
        JsonNode error = JSON.readTree(run.out()).path("error");
        assertThat(error.path("code").asString()).isEqualTo("invalid_request");
        assertThat(error.path("details").findValuesAsString("pointer")).contains("/person/age_years", "/colour");
    }

    @Test
    void textThatIsNotJsonGivesStatus2() {
        CliRun run = CliRun.of("this is not json", "assess", "-");
        assertThat(run.status()).isEqualTo(2);
        assertThat(JSON.readTree(run.out()).path("error").path("details").get(0).path("message").asString())
                .contains("not valid JSON");
    }

    @Test
    void aMissingFileGivesStatus2AndAMessage() {
        CliRun run = CliRun.of("", "assess", "/no/such/request.json");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void batchAnswersEveryLineInOrderAndABadLineNeverStopsTheOthers() {
        String input = """
                {"episode": {"locations": ["calf"]}}
                {"person": {"age_years": "old"}}
                not json at all

                {"symptoms": ["chest_pain"]}
                """;
        CliRun run = CliRun.of(input, "assess", "--batch", "-");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.lines()).hasSize(5);
        assertThat(JSON.readTree(run.lines().get(0)).path("triage").path("level").asString()).isEqualTo("self_care");
        JsonNode wrongType = JSON.readTree(run.lines().get(1)).path("error");
        assertThat(wrongType.path("line").asInt()).isEqualTo(2);
        assertThat(wrongType.path("details").get(0).path("pointer").asString()).isEqualTo("/person/age_years");
        assertThat(JSON.readTree(run.lines().get(2)).path("error").path("line").asInt()).isEqualTo(3);
        assertThat(JSON.readTree(run.lines().get(3)).path("error").path("details").get(0).path("message").asString())
                .contains("empty");
        assertThat(JSON.readTree(run.lines().get(4)).path("triage").path("level").asString()).isEqualTo("emergency");
    }

    @Test
    void aBatchWithoutBadLinesGivesStatus0() {
        CliRun run = CliRun.of("{}\n{\"history\": {\"episodes_per_week\": 4}}\n", "assess", "--batch", "-");
        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(2);
        assertThat(JSON.readTree(run.lines().get(1)).path("triage").path("level").asString()).isEqualTo("doctor");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithStatus2() {
        assertThat(CliRun.of("", "assess", "--fast", "-").status()).isEqualTo(2);
    }
}
