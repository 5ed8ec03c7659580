package org.crampcare.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * "Sign in again" before what cannot be undone or lets data leave (deleting the account, exporting): the person must
 * have proved who they are within the last 5 minutes, by password or passkey. Being kept signed in (remember-me) or a
 * token is not enough. Spring Security 7 stamps each way of signing in on the authentication (a
 * {@link FactorGrantedAuthority} with the time it was issued); this reads that stamp.
 */
public final class RecentSignIn implements AuthorizationManager<RequestAuthorizationContext> {
    public static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Set<String> FACTORS = Set.of(FactorGrantedAuthority.PASSWORD_AUTHORITY,
            FactorGrantedAuthority.WEBAUTHN_AUTHORITY);
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final Clock clock;

    /** The refusal of a signed-in person whose sign-in is too old: the answer is the sign-in page, then back. */
    public static final class Required extends AuthorizationDecision {
        private static final long serialVersionUID = 1L;

        Required() {
            super(false);
        }
    }

    public RecentSignIn(Clock clock) {
        this.clock = clock;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication a = authentication.get();
        if (a == null || !a.isAuthenticated() || trust.isAnonymous(a)) {
            return new AuthorizationDecision(false);
        }
        return recent(a) ? new AuthorizationDecision(true) : new Required();
    }

    /** Whether the authentication carries a password or passkey sign-in of the last 5 minutes. */
    public boolean recent(Authentication a) {
        Instant since = clock.instant().minus(WINDOW);
        return a.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance)
                .map(FactorGrantedAuthority.class::cast)
                .anyMatch(f -> FACTORS.contains(f.getAuthority()) && f.getIssuedAt() != null
                        && !f.getIssuedAt().isBefore(since) && !f.getIssuedAt().isAfter(clock.instant().plusSeconds(5)));
    }
}
