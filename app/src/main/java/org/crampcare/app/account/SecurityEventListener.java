package org.crampcare.app.account;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthentication;
import org.springframework.stereotype.Component;

/**
 * Writes what Spring Security and the rest of the application tell about an account into its owner's security log,
 * and counts failed sign-ins for the rate limit. The server log gets no email, password or health data: at most an
 * account id.
 */
@Component
class SecurityEventListener {
    private static final Logger log = LoggerFactory.getLogger(SecurityEventListener.class);
    private final SecurityEvents events;
    private final Accounts accounts;
    private final RateLimits limits;

    SecurityEventListener(SecurityEvents events, Accounts accounts, RateLimits limits) {
        this.events = events;
        this.accounts = accounts;
        this.limits = limits;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            SecurityEvent.Kind kind = event.getAuthentication() instanceof RememberMeAuthenticationToken
                    ? SecurityEvent.Kind.SIGNED_IN_REMEMBERED
                    : event.getAuthentication() instanceof WebAuthnAuthentication ? SecurityEvent.Kind.SIGNED_IN_PASSKEY
                    : SecurityEvent.Kind.SIGNED_IN_PASSWORD;
            events.record(principal.accountId(), kind, Optional.empty());
        }
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        SecurityEvents.currentIp().ifPresent(ip -> limits.take(RateLimits.Kind.SIGN_IN_IP, ip));
        Optional<Email> email = Email.parse(event.getAuthentication().getName());
        email.ifPresent(e -> limits.take(RateLimits.Kind.SIGN_IN_EMAIL, e.value()));
        email.flatMap(accounts::find).ifPresent(account ->
                events.record(account.id(), SecurityEvent.Kind.SIGN_IN_FAILED, Optional.empty()));
        log.info("a sign-in failed");
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof AccountPrincipal p) {
            events.record(p.accountId(), SecurityEvent.Kind.SIGNED_OUT, Optional.empty());
        }
    }

    @EventListener
    void exported(DataExported event) {
        events.record(event.account(), SecurityEvent.Kind.DATA_EXPORTED, Optional.ofNullable(event.what()));
    }
}
