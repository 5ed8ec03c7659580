package org.crampcare.app.account;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What someone gets who may not see an address. The API: 401 or 403 as problem+json. Pages: the sign-in page
 * ({@code /login}, or {@code /login?again} where a recent sign-in is needed), which brings them back afterwards
 * (the address is kept in a cookie, not a session); a refused form (no CSRF token) is the friendly 403 page.
 */
public final class AccountEntryPoints implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final RequestMatcher recentSignInPaths;
    private final RequestCache requests;

    public AccountEntryPoints(RequestMatcher recentSignInPaths, RequestCache requests) {
        this.recentSignInPaths = recentSignInPaths;
        this.requests = requests;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (Problems.isApi(request)) {
            Problems.unauthorized(request, response, false);
            return;
        }
        response.sendRedirect(request.getContextPath() + (recentSignInPaths.matches(request) ? "/login?again" : "/login"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (Problems.isApi(request)) {
            Problems.forbidden(request, response);
            return;
        }
        if (e instanceof AuthorizationDeniedException denied && denied.getAuthorizationResult() instanceof RecentSignIn.Required) {
            requests.saveRequest(request, response);
            response.sendRedirect(request.getContextPath() + "/login?again");
            return;
        }
        response.sendError(HttpStatus.FORBIDDEN.value());
    }
}
