package org.crampcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `crampcare kb check | stats` and the top-level help. */
class KbCommandTest {

    @Test
    void checkPassesOnThePackagedKnowledgeBase() {
        CliRun run = CliRun.of("", "kb", "check");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("knowledge base OK");
    }

    @Test
    void checkOfAFolderOnDiskReportsFileEntryAndField(@TempDir Path dir) throws Exception {
        Path knowledge = Path.of("../knowledge");
        try (Stream<Path> files = Files.walk(knowledge)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = dir.resolve(knowledge.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path triage = dir.resolve("rules/triage.yaml");
        Files.writeString(triage, Files.readString(triage).replace("when: {symptom: dark_urine}", "when: {symptom: dark_pee}"));
        CliRun run = CliRun.of("", "kb", "check", "--dir", dir.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("rules/triage.yaml: entry 'dark_urine': field 'when.symptom': 'dark_pee' is not a value");
    }

    @Test
    void statsCountsByKind() {
        CliRun run = CliRun.of("", "kb", "stats");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("by kind:", "medicines:", "article headings:");
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("assess", "kb", "serve");
    }
}
