package org.crampcare.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crampcare serve}: starts the web application (module app) on http://localhost:8080. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web application on http://localhost:8080 (embedded defaults).",
                "Environment: CRAMPCARE_EMERGENCY_NUMBER (default 112), SERVER_PORT."})
final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "ARG", description = "Extra Spring Boot arguments (e.g. --server.port=9090).")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        File jar = new File(System.getProperty("crampcare.home", "."), "app/target/crampcare-app.jar");
        if (!jar.isFile()) {
            System.err.println("crampcare serve: " + jar + " is missing; run ./crampcare serve from the repository root");
            return 1;
        }
        List<String> command = new ArrayList<>(List.of(
                new File(System.getProperty("java.home"), "bin/java").getPath(), "-jar", jar.getPath()));
        command.addAll(args);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
