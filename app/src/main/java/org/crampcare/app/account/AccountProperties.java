package org.crampcare.app.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts. Rate limits ({@code crampcare.rate-limit.*}, each a {@code capacity} within a {@code period}):
 * failed sign-ins per address ({@code sign-in-per-ip}) and per email ({@code sign-in-per-email}), sign-ups per
 * address ({@code sign-up-per-ip}) and tokens created per account ({@code tokens-per-account}). They are kept in
 * memory, so with N instances a limit is N times as wide: enough against guessing passwords.
 */
@ConfigurationProperties(prefix = "crampcare.rate-limit")
public record AccountProperties(
        @DefaultValue({ "30", "15m" }) Limit signInPerIp,
        @DefaultValue({ "10", "15m" }) Limit signInPerEmail,
        @DefaultValue({ "10", "1h" }) Limit signUpPerIp,
        @DefaultValue({ "10", "1h" }) Limit tokensPerAccount) {

    /** At most {@code capacity} within {@code period}, given back gradually. */
    public record Limit(int capacity, Duration period) {
        public Limit {
            if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a period");
            }
        }
    }

}
