package org.crampcare.app.account;

import java.util.List;
import java.util.Optional;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Passkeys ({@code user_credentials}, Spring Security's JDBC repository); a passkey saved for the first time is a
 * "passkey added" line in the owner's security log (a later save is a sign-in updating its counter).
 */
final class PasskeyCredentials implements UserCredentialRepository {
    private final JdbcUserCredentialRepository jdbc;
    private final PasskeyUsers users;
    private final SecurityEvents events;

    PasskeyCredentials(JdbcUserCredentialRepository jdbc, PasskeyUsers users, SecurityEvents events) {
        this.jdbc = jdbc;
        this.users = users;
        this.events = events;
    }

    @Override
    public void delete(Bytes credentialId) {
        jdbc.delete(credentialId);
    }

    @Override
    public void save(CredentialRecord credential) {
        boolean added = jdbc.findByCredentialId(credential.getCredentialId()) == null;
        jdbc.save(credential);
        if (added && users.findById(credential.getUserEntityUserId()) instanceof PasskeyUser user) {
            events.record(user.accountId(), SecurityEvent.Kind.PASSKEY_ADDED, Optional.ofNullable(credential.getLabel()));
        }
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return jdbc.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return jdbc.findByUserId(userId);
    }
}
