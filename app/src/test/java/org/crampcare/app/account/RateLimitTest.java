package org.crampcare.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Too many failed sign-ins, sign-ups or new tokens: 429, Retry-After, and a page that says to wait. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "crampcare.rate-limit.sign-in-per-email.capacity=3", "crampcare.rate-limit.sign-up-per-ip.capacity=4",
    "crampcare.rate-limit.tokens-per-account.capacity=2" })
class RateLimitTest {
    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder encoder;

    /** An account made directly, so that the sign-up limit under test elsewhere does not stand in the way. */
    private String account() {
        String email = TestAccounts.email();
        accounts.create(new Email(email), encoder.encode(TestAccounts.PASSWORD), ZoneId.of("UTC"), Instant.now())
                .orElseThrow();
        return email;
    }

    private static void assertTooMany(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(r.body()).contains("Too many attempts", "tel:");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void afterTooManyFailedSignInsForAnEmailEvenTheRightPasswordWaits() throws Exception {
        WebClient web = new WebClient(port);
        String email = account();
        for (int i = 0; i < 3; i++) {
            assertThat(web.signIn(email, "a wrong password " + i, false).headers().firstValue("Location")
                    .orElseThrow()).endsWith("/login?error");
        }
        assertTooMany(web.signIn(email, TestAccounts.PASSWORD, false));
        // another email from the same address is not held back by this one's limit
        String other = account();
        assertThat(web.signIn(other, TestAccounts.PASSWORD, false).headers().firstValue("Location").orElseThrow())
                .endsWith("/diary");
    }

    @Test
    void signUpsFromOneAddressAreLimited() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(new WebClient(port).signUp(TestAccounts.email(), TestAccounts.PASSWORD).statusCode())
                    .isEqualTo(302);
        }
        assertTooMany(new WebClient(port).signUp(TestAccounts.email(), TestAccounts.PASSWORD));
    }

    @Test
    void tokensPerAccountAreLimited() throws Exception {
        WebClient web = new WebClient(port);
        String email = account();
        web.signIn(email, TestAccounts.PASSWORD, false);
        assertThat(web.submit("/account/tokens", "/account/tokens", "name", "a").statusCode()).isEqualTo(200);
        assertThat(web.submit("/account/tokens", "/account/tokens", "name", "b").statusCode()).isEqualTo(200);
        assertTooMany(web.submit("/account/tokens", "/account/tokens", "name", "c"));
    }
}
