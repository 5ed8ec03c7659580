package org.crampcare.app.account;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Passkeys ({@code crampcare.webauthn.*}): the relying party id {@code rp-id} (the site's host name, {@code localhost}
 * by default; environment {@code CRAMPCARE_WEBAUTHN_RP_ID}), its name, and the {@code origins} a passkey may be used
 * from ({@code http://localhost:<server.port>} by default; environment {@code CRAMPCARE_WEBAUTHN_ORIGINS},
 * comma-separated). They must match the address people open exactly, or the browser refuses the passkey.
 */
@ConfigurationProperties(prefix = "crampcare.webauthn")
public record WebAuthnProperties(@DefaultValue("localhost") String rpId, @DefaultValue("CrampCare") String rpName,
        @DefaultValue("http://localhost:8080") List<String> origins) {
}
