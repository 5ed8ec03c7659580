package org.crampcare.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The CrampCare web application: first aid, assessment and library, over the core. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrampCareApplication {
    static final int BAD_USAGE = 2;

    public static void main(String[] args) {
        List<String> arguments;
        try {
            arguments = arguments(args);
        } catch (IllegalArgumentException e) {
            System.err.println("crampcare serve: " + e.getMessage());
            System.exit(BAD_USAGE);
            return;
        }
        absoluteDataDir(System.getenv("CRAMPCARE_DATA_DIR"))
                .ifPresent(dir -> System.setProperty("crampcare.data-dir", dir));
        run(arguments.toArray(String[]::new));
    }

    /**
     * The data folder as an absolute path: H2 refuses a database path relative to the working directory, and
     * {@code CRAMPCARE_DATA_DIR=data ./crampcare serve} should mean the folder {@code data} here.
     */
    static Optional<String> absoluteDataDir(String dir) {
        if (dir == null || dir.isBlank() || Path.of(dir).isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(dir).toAbsolutePath().normalize().toString());
    }

    public static ConfigurableApplicationContext run(String... args) {
        return SpringApplication.run(CrampCareApplication.class, args);
    }

    /**
     * The launcher's options as Spring Boot reads them: {@code --port N} or {@code --port=N} is the server port; other
     * arguments (e.g. {@code --server.address=127.0.0.1}) are passed on as they are.
     */
    static List<String> arguments(String... args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--port") || a.equals("-p")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a port number (1 to 65535)");
                }
                out.add("--server.port=" + port(args[++i]));
            } else if (a.startsWith("--port=")) {
                out.add("--server.port=" + port(a.substring("--port=".length())));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        String shown = text.length() > 20 ? text.substring(0, 20) + "..." : text;
        throw new IllegalArgumentException("the port must be a number from 1 to 65535 (0 for any free port), not '"
                + shown.replaceAll("\\p{Cntrl}", "?") + "'");
    }
}
