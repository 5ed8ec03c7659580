package org.crampcare.app.account;

import java.time.Instant;
import java.time.ZoneId;

/** A person's account: the address they sign in with, the hash of their password and their time zone. */
public record Account(AccountId id, Email email, String passwordHash, ZoneId timeZone, Instant createdAt) {
}
