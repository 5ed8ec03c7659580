package org.crampcare.app.account;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal access token ({@code Authorization: Bearer ...}); never kept in a session. */
public final class TokenAuthentication extends AbstractAuthenticationToken {
    private static final long serialVersionUID = 1L;
    private final Principal principal;

    /** The principal of a token: the account it acts for, and which token it was. */
    public record Principal(AccountId accountId, long tokenId) implements AccountPrincipal, java.io.Serializable {
    }

    TokenAuthentication(AccessTokens.Holder holder) {
        super(AccountUser.AUTHORITIES);
        this.principal = new Principal(holder.account(), holder.tokenId());
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Principal getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return "token " + principal.tokenId();
    }
}
