package org.crampcare.app.account;

/**
 * Published (through Spring's {@code ApplicationEventPublisher}) whenever an owner's data leaves the system: an
 * export, a report, a share link opened. The account feature writes it to the owner's security log.
 */
public record DataExported(AccountId account, String what) {
}
