package org.crampcare.app.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Before a password sign-in ({@code POST /login}) is checked: after too many failures from one address, or for one
 * email, the answer is 429 with {@code Retry-After} and a page that says when to try again, whatever the password.
 * Failures are counted by {@link SecurityEventListener}. The limit per email slows guessing spread over many
 * addresses; someone could use it to hold an account's password sign-in back for a while, but not its passkeys, nor
 * anyone already signed in.
 */
public final class SignInRateLimit extends OncePerRequestFilter {
    private final RateLimits limits;

    public SignInRateLimit(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(Problems.path(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = limits.exhausted(RateLimits.Kind.SIGN_IN_IP, request.getRemoteAddr())
                .or(() -> Email.parse(request.getParameter("username"))
                        .flatMap(email -> limits.exhausted(RateLimits.Kind.SIGN_IN_EMAIL, email.value())));
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.get().toSeconds()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
