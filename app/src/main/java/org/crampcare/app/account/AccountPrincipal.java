package org.crampcare.app.account;

/**
 * What every signed-in principal is, however it signed in (password, passkey, remember-me or a personal access
 * token): the account it acts for. A controller takes an {@link AccountId} parameter to get it.
 */
public interface AccountPrincipal {
    AccountId accountId();
}
