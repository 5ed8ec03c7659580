package org.crampcare.app.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 2.1 and NIST SP 800-63B): 12 to 128 characters, any characters at all, and
 * none of the commonly used passwords of the bundled list ({@code account/common-passwords.txt}), compared
 * lower-case, nor the email address itself. No rules about digits or capitals: length is what makes it strong.
 */
@Component
public class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String LIST = "account/common-passwords.txt";

    /** Why a password is refused; each has its words in messages.properties ({@code password.<key>}). */
    public enum Problem {
        TOO_SHORT("tooShort"), TOO_LONG("tooLong"), COMMON("common"), IS_EMAIL("isEmail");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "password." + key;
        }
    }

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    public Optional<Problem> check(String password, Optional<Email> email) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of(Problem.COMMON);
        }
        if (email.isPresent() && (lower.equals(email.get().value())
                || lower.equals(email.get().value().substring(0, email.get().value().indexOf('@'))))) {
            return Optional.of(Problem.IS_EMAIL);
        }
        return Optional.empty();
    }

    /** The list's passwords that are long enough to be allowed otherwise (the shorter ones are refused anyway). */
    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (var in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("the list of common passwords is missing: " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String p = line.strip().toLowerCase(Locale.ROOT);
                if (!p.isEmpty() && !p.startsWith("#") && p.codePointCount(0, p.length()) >= MIN_LENGTH) {
                    passwords.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
