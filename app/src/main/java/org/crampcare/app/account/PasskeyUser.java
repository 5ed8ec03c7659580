package org.crampcare.app.account;

import java.io.Serializable;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;

/** The WebAuthn user of an account, as the principal of a passkey sign-in: it knows its account. */
record PasskeyUser(Bytes id, String name, String displayName, AccountId accountId)
        implements PublicKeyCredentialUserEntity, AccountPrincipal, Serializable {

    @Override
    public Bytes getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }
}
