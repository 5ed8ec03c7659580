package org.crampcare.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/** "Sign in again": deleting the account or exporting needs a password or passkey sign-in of the last 5 minutes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecentSignInTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static AuthorizationResult decide(GrantedAuthority... authorities) {
        var auth = UsernamePasswordAuthenticationToken.authenticated("someone", null, List.of(authorities));
        return new RecentSignIn(Clock.fixed(NOW, ZoneOffset.UTC)).authorize(() -> auth, null);
    }

    private static GrantedAuthority factor(String authority, Duration ago) {
        return FactorGrantedAuthority.withAuthority(authority).issuedAt(NOW.minus(ago)).build();
    }

    @Test
    void aPasswordSignInOfFourMinutesAgoIsRecent() {
        assertThat(decide(factor(FactorGrantedAuthority.PASSWORD_AUTHORITY, Duration.ofMinutes(4))).isGranted()).isTrue();
    }

    @Test
    void aPasskeySignInOfFourMinutesAgoIsRecent() {
        assertThat(decide(factor(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, Duration.ofMinutes(4))).isGranted()).isTrue();
    }

    @Test
    void aSignInOfSixMinutesAgoIsNot() {
        AuthorizationResult r = decide(factor(FactorGrantedAuthority.PASSWORD_AUTHORITY, Duration.ofMinutes(6)));
        assertThat(r.isGranted()).isFalse();
        assertThat(r).isInstanceOf(RecentSignIn.Required.class);
    }

    @Test
    void beingKeptSignedInIsNotASignIn() {
        var remembered = new RememberMeAuthenticationToken("key", "someone", AccountUser.AUTHORITIES);
        assertThat(new RecentSignIn(Clock.fixed(NOW, ZoneOffset.UTC)).authorize(() -> remembered, null).isGranted())
                .isFalse();
    }

    @Test
    void aFreshSignInMayOpenTheDeletionPage() throws Exception {
        WebClient web = new WebClient(port);
        String email = TestAccounts.email();
        web.signUp(email, TestAccounts.PASSWORD);
        web.signIn(email, TestAccounts.PASSWORD, false);
        HttpResponse<String> r = web.get("/account/delete");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("name=\"confirm\"");
    }

    @Test
    void someoneKeptSignedInIsAskedToSignInAgainAndComesBack() throws Exception {
        WebClient web = new WebClient(port);
        String email = TestAccounts.email();
        web.signUp(email, TestAccounts.PASSWORD);
        web.signIn(email, TestAccounts.PASSWORD, true);
        jdbc.sql("delete from spring_session where principal_name = ?").param(email).update();
        web.forget("SESSION");
        assertThat(web.get("/account").statusCode()).isEqualTo(200);
        for (String path : List.of("/account/delete", "/diary/export", "/account/export")) {
            HttpResponse<String> r = web.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login?again");
        }
        web.get("/account/delete");
        assertThat(web.get("/login?again").body()).contains("sign in again");
        HttpResponse<String> again = web.signIn(email, TestAccounts.PASSWORD, false);
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/account/delete");
        assertThat(web.get("/account/delete").statusCode()).isEqualTo(200);
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        HttpResponse<String> r = new WebClient(port).get("/account/delete");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("/login");
    }
}
