package org.crampcare.app.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the account for a sign-in (the form's {@code username} is the email, normalised like at sign-up). A hash
 * in an older format (bcrypt) is replaced with Argon2id at the next successful sign-in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {
    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return Email.parse(username).flatMap(accounts::find).map(AccountUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        Email email = new Email(user.getUsername());
        accounts.changePasswordHash(email, newPassword);
        return accounts.find(email).map(AccountUser::new).orElseThrow(() -> new UsernameNotFoundException("gone"));
    }
}
