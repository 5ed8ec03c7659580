package org.crampcare.app.account;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;

/**
 * WebAuthn users ({@code user_entities}, Spring Security's JDBC repository), one per account, named by its email. What
 * a passkey sign-in finds is a {@link PasskeyUser}, so the signed-in principal is an {@link AccountPrincipal} like any.
 */
final class PasskeyUsers implements PublicKeyCredentialUserEntityRepository {
    private final JdbcPublicKeyCredentialUserEntityRepository jdbc;
    private final Accounts accounts;

    PasskeyUsers(JdbcPublicKeyCredentialUserEntityRepository jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public PublicKeyCredentialUserEntity findById(Bytes id) {
        PublicKeyCredentialUserEntity user = jdbc.findById(id);
        if (user == null) {
            return null;
        }
        return Email.parse(user.getName()).flatMap(accounts::find)
                .map(a -> new PasskeyUser(user.getId(), user.getName(), user.getDisplayName(), a.id())).orElse(null);
    }

    @Override
    public PublicKeyCredentialUserEntity findByUsername(String username) {
        return jdbc.findByUsername(username);
    }

    @Override
    public void save(PublicKeyCredentialUserEntity userEntity) {
        jdbc.save(userEntity);
    }

    @Override
    public void delete(Bytes id) {
        jdbc.delete(id);
    }
}
