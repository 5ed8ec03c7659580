package org.crampcare.app.diary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The crash test on the real jar, runnable before sign-in exists: a test-only class
 * ({@code crashtest.CrashTestSignIn}, from the test classes, never in the jar) is added with Spring Boot's
 * {@code loader.path} and acts for an account named in a header. {@link DiarySignUpCrashIT} is the same test
 * through the real sign-up and sign-in.
 */
class DiaryCrashIT extends CrashScenario {
    @Override
    int port() {
        return 18201;
    }

    @Override
    List<String> launch(Path work) throws IOException {
        Path extra = work.resolve("test-sign-in");
        Path classes = Path.of("target", "test-classes", "crashtest");
        Files.createDirectories(extra.resolve("crashtest"));
        try (var files = Files.list(classes)) {
            for (Path f : files.toList()) {
                Files.copy(f, extra.resolve("crashtest").resolve(f.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path imports = extra.resolve("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
        Files.createDirectories(imports.getParent());
        Files.writeString(imports, "crashtest.CrashTestSignIn\n");
        return List.of("-Dloader.path=" + extra.toAbsolutePath(), "-cp", jar().toAbsolutePath().toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher");
    }

    @Override
    String[] signIn() {
        return new String[] { "X-Crash-Test-Account", "crash@crash.test" };
    }

    @Test
    void aKilledServerLosesNoAcknowledgedEntryAndARetryDuplicatesNone() throws Exception {
        run();
    }
}
