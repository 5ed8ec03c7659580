package org.crampcare.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing in and out, the session in the database, CSRF, and visitors who stay anonymous and stateless. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    WebClient web;
    String email;

    @BeforeEach
    void account() throws Exception {
        web = new WebClient(port);
        email = TestAccounts.email();
        assertThat(web.signUp(email, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
    }

    private int sessionsOf(String who) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(who)
                .query(Integer.class).single();
    }

    private int sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() throws Exception {
        HttpResponse<String> wrong = web.signIn(email, "not the right password", false);
        HttpResponse<String> unknown = web.signIn(TestAccounts.email(), "not the right password", false);
        assertThat(wrong.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location")).isEqualTo(unknown.headers().firstValue("Location"));
        String page = web.get("/login?error").body();
        assertThat(page).contains("did not match an account").doesNotContain(email);
    }

    @Test
    void signingInKeepsTheSessionInTheDatabase() throws Exception {
        web.signIn(email, TestAccounts.PASSWORD, false);
        assertThat(sessionsOf(email)).isEqualTo(1);
        assertThat(web.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> r = web.signIn(email, TestAccounts.PASSWORD, false);
        String session = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void overTlsBehindAProxyTheSessionCookieIsSecure() throws Exception {
        web.get("/login");
        String token = web.csrf().orElseThrow();
        HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(web.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + WebClient.enc(email) + "&password="
                        + WebClient.enc(TestAccounts.PASSWORD) + "&_csrf=" + WebClient.enc(token))));
        assertThat(r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow()).contains("Secure");
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        // an anonymous session exists only once a passkey sign-in begins: it must not survive the sign-in
        web.get("/login");
        web.send(HttpRequest.newBuilder(URI.create(web.base + "/webauthn/authenticate/options"))
                .header("X-XSRF-TOKEN", web.csrf().orElseThrow()).POST(HttpRequest.BodyPublishers.noBody()));
        String before = web.cookie("SESSION").orElseThrow();
        web.signIn(email, TestAccounts.PASSWORD, false);
        String after = web.cookie("SESSION").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(web.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutDeletesTheSessionOnTheServer() throws Exception {
        web.signIn(email, TestAccounts.PASSWORD, false);
        String cookie = web.cookie("SESSION").orElseThrow();
        assertThat(sessionsOf(email)).isEqualTo(1);
        HttpResponse<String> out = web.submit("/account", "/logout");
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?signed-out");
        assertThat(sessionsOf(email)).isZero();
        // the old cookie, sent again, is no one
        WebClient replay = new WebClient(port);
        HttpResponse<String> r = replay.get("/account", "Cookie", "SESSION=" + cookie);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aFormSentWithoutTheCsrfTokenIsRefused() throws Exception {
        web.signIn(email, TestAccounts.PASSWORD, false);
        HttpResponse<String> r = web.post("/logout", null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("tel:");
        assertThat(sessionsOf(email)).isEqualTo(1);
        assertThat(new WebClient(port).post("/signup", null, "email", TestAccounts.email(), "password",
                TestAccounts.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(web.post("/login", "not-the-token", "username", email, "password", TestAccounts.PASSWORD)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void keepMeSignedInSignsInAgainAfterTheSessionIsGone() throws Exception {
        web.signIn(email, TestAccounts.PASSWORD, true);
        assertThat(web.cookie("remember-me")).isPresent();
        jdbc.sql("delete from spring_session where principal_name = ?").param(email).update();
        web.forget("SESSION");
        assertThat(web.get("/account").statusCode()).isEqualTo(200);
        assertThat(web.lastPage).contains(email);
        assertThat(web.get("/account/security").body()).contains("data-kind=\"SIGNED_IN_REMEMBERED\"");
    }

    @Test
    void withoutKeepMeSignedInThereIsNoRememberMeCookie() throws Exception {
        web.signIn(email, TestAccounts.PASSWORD, false);
        assertThat(web.cookie("remember-me")).isEmpty();
        assertThat(jdbc.sql("select count(*) from persistent_logins where username = ?").param(email)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSignedInPageSendsAnonymousVisitorsToSignInAndBackAfterwards() throws Exception {
        assertThat(web.get("/diary").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> r = web.get("/account/security");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(web.cookie("SESSION")).isEmpty();
        HttpResponse<String> in = web.signIn(email, TestAccounts.PASSWORD, false);
        assertThat(in.headers().firstValue("Location").orElseThrow()).endsWith("/account/security");
    }

    @Test
    void theApiWithoutCredentialsAnswers401ProblemJsonAskingForABearerToken() throws Exception {
        for (String path : List.of("/api/v1/episodes", "/api/v1/check-ins/1", "/api/v1/changes", "/api/v1/export",
                "/api/v1/reports/x", "/api/v1/insights")) {
            HttpResponse<String> r = web.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
            assertThat(r.body()).contains("\"status\":401");
        }
        assertThat(web.cookie("SESSION")).isEmpty();
    }

    @Test
    void anonymousVisitorsOfThePublicPagesGetNoSessionAndNothingIsStored() throws Exception {
        int before = sessions();
        WebClient visitor = new WebClient(port);
        for (String path : List.of("/", "/first-aid", "/first-aid/calf", "/assessment", "/library", "/exercises",
                "/library/search?q=magnesium", "/login", "/signup", "/css/app.css")) {
            HttpResponse<String> r = visitor.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("SESSION="));
        }
        HttpResponse<String> api = visitor.send(HttpRequest.newBuilder(URI.create(visitor.base + "/api/v1/assessments"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"person\":{\"age_years\":40},\"episode\":{\"locations\":[\"calf\"]}}")));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(visitor.cookie("SESSION")).isEmpty();
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void theSignInPageCarriesTheStrictSecurityHeaders() throws Exception {
        HttpResponse<String> r = web.get("/login");
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(r.body()).contains("name=\"_csrf\"", "<meta name=\"_csrf_header\"", "/login/webauthn.js")
                .doesNotContain("<script>");
    }

    @Test
    void signedInTheHeaderOffersTheDiaryAndASignOutForm() throws Exception {
        assertThat(web.get("/first-aid").body()).contains("href=\"/login\"").doesNotContain("action=\"/logout\"");
        web.signIn(email, TestAccounts.PASSWORD, false);
        String page = web.get("/first-aid").body();
        assertThat(page).contains("href=\"/diary\"", "action=\"/logout\"", "<meta name=\"_csrf\"")
                .doesNotContain("href=\"/login\"");
        // and an anonymous visitor still gets the anonymous page (the cache never keeps the signed-in one)
        assertThat(new WebClient(port).get("/first-aid").body()).contains("href=\"/login\"")
                .doesNotContain("action=\"/logout\"", "name=\"_csrf\"");
    }

    @Test
    void theQuestionnaireNeedsNoCsrfTokenAndSetsNoCookieButTheDiaryStillRefusesAFormWithoutOne() throws Exception {
        WebClient visitor = new WebClient(port);
        HttpResponse<String> who = visitor.get("/assessment");
        assertThat(who.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(who.body()).contains("action=\"/assessment\"").doesNotContain("_csrf");
        HttpResponse<String> answered = visitor.post("/assessment", null, "_who", "self");
        assertThat(answered.statusCode()).isEqualTo(302);
        String next = java.net.URI.create(answered.headers().firstValue("Location").orElseThrow()).getRawPath() + "?"
                + java.net.URI.create(answered.headers().firstValue("Location").orElseThrow()).getRawQuery();
        HttpResponse<String> question = visitor.get(next);
        HttpResponse<String> again = visitor.get(next);
        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(question.body()).contains("name=\"_fields\"").doesNotContain("_csrf");
        assertThat(again.body()).isEqualTo(question.body());
        assertThat(again.headers().firstValue("ETag")).isPresent().isEqualTo(question.headers().firstValue("ETag"));
        assertThat(visitor.cookies.getCookieStore().getCookies()).isEmpty();

        // signed in, the questionnaire shows the person's header and its forms still need no token...
        web.signIn(email, TestAccounts.PASSWORD, false);
        String signedIn = web.get("/assessment").body();
        assertThat(signedIn).contains("href=\"/diary\"");
        String form = signedIn.substring(signedIn.indexOf("class=\"question-form\""));
        assertThat(form.substring(0, form.indexOf("</form>"))).doesNotContain("_csrf");
        assertThat(web.post("/assessment", null, "_who", "self").statusCode()).isEqualTo(302);
        // ...while a diary form without one is refused and stores nothing
        HttpResponse<String> forged = web.post("/diary/new", null, "pain", "5");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from episode e join account a on a.id = e.account_id where a.email = ?")
                .param(email).query(Integer.class).single()).isZero();
    }
}
