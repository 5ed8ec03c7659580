package org.crampcare.app.account;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates an API request that carries {@code Authorization: Bearer <personal access token>}, for this request
 * only (nothing is kept in a session, no cookie is set). A token that is not valid answers 401 at once: it never falls
 * back to a session cookie sent along. Only under {@code /api/}: pages are not for tokens.
 */
public final class BearerTokenFilter extends OncePerRequestFilter {
    private final AccessTokens tokens;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public BearerTokenFilter(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** Whether a request carries a bearer token on an API address (such requests use no cookie and need no CSRF token). */
    public static boolean carriesBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.length() > 7 && header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")
                && Problems.isApi(request);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !carriesBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
        var holder = tokens.authenticate(token);
        if (holder.isEmpty()) {
            Problems.unauthorized(request, response, true);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(holder.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
