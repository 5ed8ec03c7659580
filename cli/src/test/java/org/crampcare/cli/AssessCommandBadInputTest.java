package org.crampcare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the command line cannot use gives status 2 and the contract's error object, never a stack trace. */
class AssessCommandBadInputTest {
    private static final String ERROR = "{\"error\":{\"code\":\"invalid_request\",\"details\":[{\"pointer\":";

    private static void assertBadInput(CliRun run, String message) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).startsWith(ERROR).contains(message).doesNotContain("Exception", "\tat ");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aLatin1FileIsNotUtf8() throws Exception {
        Path file = Files.createTempFile("latin1", ".json");
        Files.write(file, "{\"medications\":[\"caf\u00e9\"]}".getBytes(StandardCharsets.ISO_8859_1));
        assertBadInput(CliRun.of("", "assess", file.toString()), "not UTF-8");
    }

    @Test
    void aUtf16FileIsNamedAsSuch(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("utf16.json");
        Files.write(file, "{}".getBytes(StandardCharsets.UTF_16));
        assertBadInput(CliRun.of("", "assess", file.toString()), "UTF-16");
    }

    @Test
    void aBinaryFileIsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bin.json");
        Files.write(file, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xc0 });
        assertBadInput(CliRun.of("", "assess", file.toString()), "not UTF-8");
    }

    @Test
    void aFolderIsNotARequestFile(@TempDir Path dir) {
        assertBadInput(CliRun.of("", "assess", dir.toString()), "is a folder");
    }

    @Test
    void aFileThatCannotBeReadIsReported() {
        // a read that fails with an I/O error, for every user (root included): Linux's /proc/self/mem at offset 0
        assertBadInput(CliRun.of("", "assess", "/proc/self/mem"), "cannot read");
    }

    @Test
    void invalidUtf8OnStandardInputIsRejectedNotReplaced() {
        byte[] latin1 = "{\"medications\":[\"caf\u00e9\"]}".getBytes(StandardCharsets.ISO_8859_1);
        assertBadInput(CliRun.of(latin1, "assess", "-"), "not UTF-8");
    }

    @Test
    void aHugeNumberIsBadInputWithItsPointer() {
        assertBadInput(CliRun.of("{\"episode\":{\"pain\":1e19}}", "assess", "-"), "\"/episode/pain\"");
        assertBadInput(CliRun.of("{\"episode\":{\"duration_seconds\":1" + "0".repeat(309) + "}}", "assess", "-"),
                "digits");
    }

    @Test
    void inABatchABadLineIsAnsweredInItsPlaceAndEveryOtherLineStillAnswered() throws Exception {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write("{}\n".getBytes(StandardCharsets.UTF_8));
        input.write("{\"medications\":[\"caf\u00e9\"]}\n".getBytes(StandardCharsets.ISO_8859_1));
        input.write("{\"episode\":{\"pain\":1e19}}\n".getBytes(StandardCharsets.UTF_8));
        input.write("{\"episode\":{\"duration_seconds\":1".getBytes(StandardCharsets.UTF_8));
        input.write(("0".repeat(309) + "}}\r\n").getBytes(StandardCharsets.UTF_8));
        input.write("{\"symptoms\":[\"chest_pain\"]}\n".getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of(input.toByteArray(), "assess", "--batch", "-");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.lines()).hasSize(5);
        assertThat(run.lines().get(0)).startsWith("{\"contract\"");
        assertThat(run.lines().get(1)).contains("\"line\":2", "not UTF-8");
        assertThat(run.lines().get(2)).contains("\"line\":3", "/episode/pain");
        assertThat(run.lines().get(3)).contains("\"line\":4", "digits");
        assertThat(run.lines().get(4)).startsWith("{\"contract\"").contains("\"emergency\"");
    }

    @Test
    void duplicateFieldsAreRejectedSoARedFlagCannotVanish() {
        assertBadInput(CliRun.of("{\"symptoms\":[\"chest_pain\"],\"symptoms\":[]}", "assess", "-"), "\"/symptoms\"");
    }
}
