package org.crampcare.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole passkey ceremony in a real Chromium, with a virtual authenticator (the DevTools WebAuthn domain: a
 * platform authenticator that keeps resident keys and verifies the user): sign up and in with a password, add a
 * passkey on the account page, sign out, then sign in with the passkey alone, through the page's own buttons and
 * Spring Security's script. A passkey is bound to its origin, so this server runs on a port chosen before it starts
 * (its own application, not the one the other browser tests share), and that origin is the one the relying party
 * allows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "crampcare.emergency-number=" + BrowserTest.EMERGENCY_NUMBER)
class PasskeyBrowserTest extends BrowserTest {
    private static final int PORT = freePort();

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void origin(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("crampcare.webauthn.rp-id", () -> "localhost");
        registry.add("crampcare.webauthn.origins", () -> "http://localhost:" + PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aPasskeyAddedOnTheAccountPageSignsInAloneAfterSigningOut() {
        assertThat(port).isEqualTo(PORT);
        browser.open("/");
        browser.driver().executeCdpCommand("WebAuthn.enable", Map.of("enableUI", false));
        Map<String, Object> added = browser.driver().executeCdpCommand("WebAuthn.addVirtualAuthenticator",
                Map.of("options", Map.of("protocol", "ctap2", "transport", "internal", "hasResidentKey", true,
                        "hasUserVerification", true, "isUserVerified", true, "automaticPresenceSimulation", true)));
        String authenticator = (String) added.get("authenticatorId");

        String email = "passkey-" + UUID.randomUUID() + "@example.test";
        String password = "a long enough pass phrase " + UUID.randomUUID();
        browser.open("/signup");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(password);
        browser.clickToNextPage(By.cssSelector("main form button[type=submit]"));
        browser.open("/login");
        browser.find(By.id("username")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(password);
        browser.clickToNextPage(By.cssSelector("main form button[type=submit]"));
        long account = jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();

        // add a passkey: the form shows only with script and passkey support, which this browser has
        browser.open("/account");
        assertEmergencyNumberAndDisclaimer();
        assertThat(browser.find(By.id("passkey-register")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("passkey-needs-script")).isDisplayed()).isFalse();
        browser.find(By.id("passkey-label")).clear();
        browser.find(By.id("passkey-label")).sendKeys("Test phone");
        browser.clickToNextPage(By.id("passkey-add"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/account?passkey-added"));
        assertThat(browser.texts(By.cssSelector("[role=status]"))).anySatisfy(t -> assertThat(t).contains("Passkey added"));
        assertThat(browser.texts(By.cssSelector(".account-list li"))).anySatisfy(t -> assertThat(t).contains("Test phone"));
        browser.screenshotIfAsked("account-with-a-passkey");
        assertThat(jdbc.sql("select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id "
                + "where u.name = ?").param(email).query(Integer.class).single()).isEqualTo(1);
        List<?> credentials = (List<?>) browser.driver().executeCdpCommand("WebAuthn.getCredentials",
                Map.of("authenticatorId", authenticator)).get("credentials");
        assertThat(credentials).hasSize(1);

        // sign out: the session ends; the diary asks to sign in again
        browser.clickToNextPage(By.cssSelector("form.sign-out button"));
        browser.open("/diary");
        assertThat(browser.path()).startsWith("/login");

        // sign in with the passkey alone: no email, no password typed
        browser.open("/login");
        assertThat(browser.find(By.id("passkey-signin")).isDisplayed()).isTrue();
        browser.screenshotIfAsked("sign-in-with-a-passkey");
        browser.clickToNextPage(By.id("passkey-signin"));
        browser.open("/diary");
        assertThat(browser.path()).startsWith("/diary");
        assertThat(browser.has(By.cssSelector("form.sign-out"))).isTrue();
        assertThat(jdbc.sql("select kind from security_event where account_id = ? order by id").param(account)
                .query(String.class).list()).contains("PASSKEY_ADDED", "SIGNED_OUT", "SIGNED_IN_PASSKEY");
        assertThat(jdbc.sql("select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id "
                + "where u.name = ? and c.last_used is not null").param(email).query(Integer.class).single()).isEqualTo(1);

        browser.driver().executeCdpCommand("WebAuthn.removeVirtualAuthenticator", Map.of("authenticatorId", authenticator));
        browser.clickToNextPage(By.cssSelector("form.sign-out button"));
    }
}
