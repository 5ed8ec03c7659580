package org.crampcare.app.account;

/** The id of an account: every diary row belongs to one. */
public record AccountId(long value) {
    public AccountId {
        if (value <= 0) {
            throw new IllegalArgumentException("an account id is positive: " + value);
        }
    }
}
