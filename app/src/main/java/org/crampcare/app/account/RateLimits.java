package org.crampcare.app.account;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets (bucket4j) per address, email or account, kept in a bounded Caffeine map: a key unused for a while
 * is forgotten, and its bucket would be full again by then anyway.
 */
@Component
public class RateLimits {
    /** What is limited, and by what key. */
    public enum Kind {
        SIGN_IN_IP, SIGN_IN_EMAIL, SIGN_UP_IP, TOKEN_ACCOUNT
    }

    private final AccountProperties properties;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(2)).build();

    RateLimits(AccountProperties properties) {
        this.properties = properties;
    }

    /** Takes one: empty if it was allowed, otherwise how long until the next is. */
    public Optional<Duration> take(Kind kind, String key) {
        ConsumptionProbe probe = bucket(kind, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(waitFor(probe.getNanosToWaitForRefill()));
    }

    /** Whether one more would be refused now (without taking one): how long until it would not be. */
    public Optional<Duration> exhausted(Kind kind, String key) {
        var probe = bucket(kind, key).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(waitFor(probe.getNanosToWaitForRefill()));
    }

    /** Takes one, or throws {@link RateLimitedException}. */
    public void require(Kind kind, String key) {
        take(kind, key).ifPresent(wait -> {
            throw new RateLimitedException(wait);
        });
    }

    private Bucket bucket(Kind kind, String key) {
        return buckets.get(kind + "|" + key, k -> {
            AccountProperties.Limit limit = limit(kind);
            return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit.capacity())
                    .refillGreedy(limit.capacity(), limit.period()).build()).build();
        });
    }

    private AccountProperties.Limit limit(Kind kind) {
        return switch (kind) {
            case SIGN_IN_IP -> properties.signInPerIp();
            case SIGN_IN_EMAIL -> properties.signInPerEmail();
            case SIGN_UP_IP -> properties.signUpPerIp();
            case TOKEN_ACCOUNT -> properties.tokensPerAccount();
        };
    }

    private static Duration waitFor(long nanos) {
        return Duration.ofSeconds(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }
}
