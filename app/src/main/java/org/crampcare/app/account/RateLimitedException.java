package org.crampcare.app.account;

import java.time.Duration;

/** Too many attempts: the answer is 429 with {@code Retry-After}. */
public class RateLimitedException extends RuntimeException {
    private final transient Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("rate limited", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
