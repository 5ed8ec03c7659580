package org.crampcare.app.account;

import java.time.Instant;
import java.util.Optional;

/** One line of an owner's security log: what happened, when, from which address, and a short detail. */
public record SecurityEvent(Kind kind, Instant at, Optional<String> ip, Optional<String> detail) {

    /** What can happen to an account; the words for each are {@code security.event.<key>} in messages.properties. */
    public enum Kind {
        SIGNED_UP, SIGN_UP_AGAIN, SIGNED_IN_PASSWORD, SIGNED_IN_PASSKEY, SIGNED_IN_REMEMBERED, SIGN_IN_FAILED, SIGNED_OUT,
        TOKEN_CREATED, TOKEN_REVOKED, DATA_EXPORTED, PASSKEY_ADDED, TIME_ZONE_CHANGED;

        public String messageKey() {
            return "security.event." + name();
        }
    }
}
