package org.crampcare.app.account;

import java.time.Instant;
import java.util.Optional;

/** A personal access token as its owner sees it in the list: never the token itself, which is shown once. */
public record AccessToken(long id, String name, Instant createdAt, Optional<Instant> lastUsedAt,
        Optional<Instant> revokedAt) {

    public boolean active() {
        return revokedAt.isEmpty();
    }
}
