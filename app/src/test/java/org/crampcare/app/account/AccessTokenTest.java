package org.crampcare.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Personal access tokens: made at /account/tokens, shown once, stored hashed, used as Bearer, revoked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WhoAmI.class)
class AccessTokenTest {
    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">([^<]+)<");
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    WebClient web;
    String email;

    @BeforeEach
    void signedIn() throws Exception {
        web = new WebClient(port);
        email = TestAccounts.email();
        web.signUp(email, TestAccounts.PASSWORD);
        web.signIn(email, TestAccounts.PASSWORD, false);
    }

    private String createToken(String name) throws Exception {
        HttpResponse<String> r = web.submit("/account/tokens", "/account/tokens", "name", name);
        assertThat(r.statusCode()).isEqualTo(200);
        Matcher m = NEW_TOKEN.matcher(r.body());
        assertThat(m.find()).as("the new token on the page").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> api(String token) throws Exception {
        return new WebClient(port).send(HttpRequest.newBuilder(URI.create(web.base + WhoAmI.GET))
                .header("Authorization", "Bearer " + token));
    }

    private long accountId() {
        return accounts.find(new Email(email)).orElseThrow().id().value();
    }

    @Test
    void aNewTokenIsShownOnceAndThenOnlyListedByName() throws Exception {
        String token = createToken("my script");
        assertThat(token).startsWith("cc_").hasSizeGreaterThan(40);
        String list = web.get("/account/tokens").body();
        assertThat(list).contains("my script").doesNotContain(token).doesNotContain("id=\"new-token\"");
    }

    @Test
    void theTokenAuthenticatesTheApiAsItsAccount() throws Exception {
        String token = createToken("phone app");
        HttpResponse<String> r = api(token);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"account\":" + accountId() + "}");
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() throws Exception {
        String token = createToken("backup");
        String stored = jdbc.sql("select token_hash from access_token where account_id = ?").param(accountId())
                .query(String.class).single();
        assertThat(stored).isEqualTo(AccessTokens.hash(token)).doesNotContain(token.substring(3));
    }

    @Test
    void aBearerRequestNeedsNoCsrfToken() throws Exception {
        String token = createToken("poster");
        HttpResponse<String> r = new WebClient(port).send(HttpRequest.newBuilder(URI.create(web.base + WhoAmI.POST))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(Long.toString(accountId()));
    }

    @Test
    void aSessionCookieOnTheApiStillNeedsTheCsrfToken() throws Exception {
        HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(web.base + WhoAmI.POST))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void aRevokedTokenIsRefusedWith401() throws Exception {
        String token = createToken("old");
        long id = jdbc.sql("select id from access_token where account_id = ?").param(accountId()).query(Long.class)
                .single();
        assertThat(web.submit("/account/tokens", "/account/tokens/" + id + "/revoke").statusCode()).isEqualTo(302);
        HttpResponse<String> r = api(token);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(web.get("/account/tokens").body()).contains("Revoked");
    }

    @Test
    void anUnknownTokenIsRefusedEvenWithAValidSessionCookie() throws Exception {
        HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(web.base + WhoAmI.GET))
                .header("Authorization", "Bearer cc_made-up"));
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void theListSaysWhenATokenWasLastUsed() throws Exception {
        String token = createToken("used");
        assertThat(web.get("/account/tokens").body()).contains("never");
        api(token);
        assertThat(web.get("/account/tokens").body()).doesNotContain(">never<");
    }

    @Test
    void anotherPersonsTokenCannotBeRevoked() throws Exception {
        createToken("mine");
        long id = jdbc.sql("select id from access_token where account_id = ?").param(accountId()).query(Long.class)
                .single();
        WebClient other = new WebClient(port);
        String someoneElse = TestAccounts.email();
        other.signUp(someoneElse, TestAccounts.PASSWORD);
        other.signIn(someoneElse, TestAccounts.PASSWORD, false);
        assertThat(other.submit("/account/tokens", "/account/tokens/" + id + "/revoke").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from access_token where id = ? and revoked_at is null").param(id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aTokenWithoutANameIsA400AtTheField() throws Exception {
        HttpResponse<String> r = web.submit("/account/tokens", "/account/tokens", "name", "  ");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"name-error\"").doesNotContain("id=\"new-token\"");
    }

    @Test
    void aTokenDoesNotOpenPages() throws Exception {
        String token = createToken("pages");
        HttpResponse<String> r = new WebClient(port).get("/account/tokens", "Authorization", "Bearer " + token);
        assertThat(r.statusCode()).isEqualTo(302);
    }
}
