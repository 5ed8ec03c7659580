package org.crampcare.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Creating an account: the rules for the email and the password, and answers that never tell an account exists. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignUpTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    WebClient web;

    @BeforeEach
    void browser() {
        web = new WebClient(port);
    }

    @Test
    void aNewAccountSignsInWithItsPasswordAndSeesItsEmail() throws Exception {
        String email = TestAccounts.email();
        HttpResponse<String> signUp = web.signUp(email, TestAccounts.PASSWORD);
        assertThat(signUp.statusCode()).isEqualTo(302);
        assertThat(signUp.headers().firstValue("Location").orElseThrow()).endsWith("/login?registered");
        HttpResponse<String> signIn = web.signIn(email, TestAccounts.PASSWORD, false);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/diary");
        assertThat(web.get("/account").body()).contains(email);
    }

    @Test
    void theEmailIsTrimmedAndLowerCased() throws Exception {
        String email = TestAccounts.email();
        web.signUp("  " + email.toUpperCase() + " ", TestAccounts.PASSWORD);
        assertThat(jdbc.sql("select count(*) from account where email = ?").param(email).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(web.signIn(email.toUpperCase(), TestAccounts.PASSWORD, false).headers().firstValue("Location")
                .orElseThrow()).endsWith("/diary");
    }

    @Test
    void thePasswordIsKeptAsAnArgon2idHash() throws Exception {
        String email = TestAccounts.email();
        web.signUp(email, TestAccounts.PASSWORD);
        String hash = jdbc.sql("select password_hash from account where email = ?").param(email).query(String.class)
                .single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void aPasswordShorterThan12CharactersIsRefusedAtItsField() throws Exception {
        HttpResponse<String> r = web.signUp(TestAccounts.email(), "elevenchars");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"password-error\"", "at least 12 characters");
    }

    @Test
    void aPasswordLongerThan128CharactersIsRefused() throws Exception {
        HttpResponse<String> r = web.signUp(TestAccounts.email(), "x".repeat(129));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("at most 128 characters");
        assertThat(web.signUp(TestAccounts.email(), "a long pass ".repeat(11).substring(0, 128)).statusCode())
                .isEqualTo(302);
    }

    @Test
    void aPasswordFromTheListOfCommonOnesIsRefusedWhateverItsCase() throws Exception {
        String common = firstLongCommonPassword();
        HttpResponse<String> r = web.signUp(TestAccounts.email(), common.toUpperCase());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("one of the most common");
    }

    @Test
    void anAddressThatIsNotAnEmailIsRefusedAtItsField() throws Exception {
        HttpResponse<String> r = web.signUp("not-an-address", TestAccounts.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"email-error\"").contains("value=\"not-an-address\"")
                .doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void theTimeZoneIsKeptAndAnUnknownOneIsRefused() throws Exception {
        String email = TestAccounts.email();
        web.submit("/signup", "/signup", "email", email, "password", TestAccounts.PASSWORD, "time_zone", "Asia/Tokyo");
        assertThat(jdbc.sql("select time_zone from account where email = ?").param(email).query(String.class).single())
                .isEqualTo("Asia/Tokyo");
        HttpResponse<String> bad = web.submit("/signup", "/signup", "email", TestAccounts.email(), "password",
                TestAccounts.PASSWORD, "time_zone", "Mars/Olympus");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"time_zone-error\"");
    }

    @Test
    void withoutATimeZoneTheAccountIsInUtc() throws Exception {
        String email = TestAccounts.email();
        web.submit("/signup", "/signup", "email", email, "password", TestAccounts.PASSWORD);
        assertThat(jdbc.sql("select time_zone from account where email = ?").param(email).query(String.class).single())
                .isEqualTo("UTC");
    }

    @Test
    void signingUpWithAnEmailThatHasAnAccountAnswersTheSameAndChangesNothing() throws Exception {
        String taken = TestAccounts.email();
        HttpResponse<String> first = web.signUp(taken, TestAccounts.PASSWORD);
        HttpResponse<String> again = new WebClient(port).signUp(taken, "another long password");
        HttpResponse<String> fresh = new WebClient(port).signUp(TestAccounts.email(), "another long password");
        assertThat(again.statusCode()).isEqualTo(fresh.statusCode()).isEqualTo(first.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).isEqualTo(fresh.headers().firstValue("Location"));
        assertThat(again.body()).isEqualTo(fresh.body());
        assertThat(new WebClient(port).signIn(taken, "another long password", false).headers().firstValue("Location")
                .orElseThrow()).endsWith("/login?error");
        assertThat(web.signIn(taken, TestAccounts.PASSWORD, false).headers().firstValue("Location").orElseThrow())
                .endsWith("/diary");
        assertThat(web.get("/account/security").body()).contains("data-kind=\"SIGN_UP_AGAIN\"");
    }

    @Test
    void theSignUpPageFillsTheTimeZoneFromTheDeviceWithAScriptFile() throws Exception {
        String page = web.get("/signup").body();
        assertThat(page).contains("data-detect-time-zone=\"yes\"", "value=\"UTC\"", "/js/time-zone")
                .doesNotContain("<script>");
    }

    private static String firstLongCommonPassword() throws Exception {
        try (var in = SignUpTest.class.getClassLoader().getResourceAsStream(PasswordPolicy.LIST)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.startsWith("#") && l.length() >= PasswordPolicy.MIN_LENGTH
                    && l.length() <= PasswordPolicy.MAX_LENGTH).findFirst().orElseThrow();
        }
    }
}
