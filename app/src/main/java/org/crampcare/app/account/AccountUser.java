package org.crampcare.app.account;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a person signed in with their password or kept signed in (remember-me). It is kept in the
 * session (Serializable); the password hash is erased once the sign-in is checked.
 */
public final class AccountUser implements UserDetails, CredentialsContainer, AccountPrincipal {
    private static final long serialVersionUID = 1L;
    static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_USER"));

    private final AccountId id;
    private final String email;
    private String passwordHash;

    AccountUser(Account account) {
        this.id = account.id();
        this.email = account.email().value();
        this.passwordHash = account.passwordHash();
    }

    @Override
    public AccountId accountId() {
        return id;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return AUTHORITIES;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUser u && u.id.equals(id) && u.email.equals(email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, email);
    }

    @Override
    public String toString() {
        return "AccountUser[" + id.value() + "]";
    }
}
