package org.crampcare.app.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secrets in the addresses of calendar feeds and share links: 256 random bits from {@link SecureRandom}, written
 * as 43 characters of URL-safe base64. Only their SHA-256 is stored (a secret this long needs no slow hash: there is
 * nothing to guess), and a lookup is by that hash.
 */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Secrets() {
    }

    public static String create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash to look a secret up by, or empty if the text cannot be one of ours (so no query is made). */
    public static Optional<byte[]> hashOf(String secret) {
        if (secret == null || !FORM.matcher(secret).matches()) {
            return Optional.empty();
        }
        return Optional.of(sha256(secret));
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
