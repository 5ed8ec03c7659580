package org.crampcare.app.account;

import java.io.Serializable;

/** The id of an account: every diary row belongs to one. Serializable: it is part of a principal kept in a session. */
public record AccountId(long value) implements Serializable {
    public AccountId {
        if (value <= 0) {
            throw new IllegalArgumentException("an account id is positive: " + value);
        }
    }
}
