package org.crampcare.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;

/**
 * Passkeys with sessions in the database (Spring Session JDBC): the registration options, which Spring Security 7.0
 * cannot keep in such a session, are kept as JSON in a table instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasskeyTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static HttpResponse<String> options(WebClient web, String path) throws Exception {
        return web.send(HttpRequest.newBuilder(URI.create(web.base + path))
                .header("X-XSRF-TOKEN", web.csrf().orElseThrow()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void registrationOptionsAreJsonForASignedInPersonUnderJdbcSessions() throws Exception {
        WebClient web = new WebClient(port);
        String email = TestAccounts.email();
        web.signUp(email, TestAccounts.PASSWORD);
        web.signIn(email, TestAccounts.PASSWORD, false);
        web.get("/account");
        HttpResponse<String> r = options(web, "/webauthn/register/options");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(r.body()).contains("\"challenge\"", "\"rp\"", "\"id\":\"localhost\"", email);
        assertThat(jdbc.sql("select count(*) from webauthn_registration").query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(email)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void registrationOptionsNeedASignedInPerson() throws Exception {
        WebClient web = new WebClient(port);
        web.get("/login");
        int before = jdbc.sql("select count(*) from webauthn_registration").query(Integer.class).single();
        HttpResponse<String> r = options(web, "/webauthn/register/options");
        assertThat(r.statusCode()).isBetween(400, 403);
        assertThat(r.body()).doesNotContain("challenge");
        assertThat(jdbc.sql("select count(*) from webauthn_registration").query(Integer.class).single())
                .isEqualTo(before);
    }

    @Test
    void signInOptionsAreJsonForAnyone() throws Exception {
        WebClient web = new WebClient(port);
        web.get("/login");
        HttpResponse<String> r = options(web, "/webauthn/authenticate/options");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"challenge\"");
    }

    @Test
    void theSignInPageAndTheAccountPageCarryThePasskeyScripts() throws Exception {
        WebClient web = new WebClient(port);
        assertThat(web.get("/login").body()).contains("id=\"passkey-signin\"", "/login/webauthn.js");
        HttpResponse<String> script = web.get("/login/webauthn.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("setupLogin", "setupRegistration");
        String email = TestAccounts.email();
        web.signUp(email, TestAccounts.PASSWORD);
        web.signIn(email, TestAccounts.PASSWORD, false);
        assertThat(web.get("/account").body()).contains("id=\"passkey-add\"", "Add a passkey");
    }

    @Test
    void storedOptionsComeBackTheSame() {
        PublicKeyCredentialCreationOptions options = PublicKeyCredentialCreationOptions.builder()
                .rp(PublicKeyCredentialRpEntity.builder().id("localhost").name("CrampCare").build())
                .user(ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name("a@example.org")
                        .displayName("a@example.org").build())
                .challenge(Bytes.random())
                .pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256)
                .timeout(Duration.ofMinutes(5))
                .excludeCredentials(List.of(PublicKeyCredentialDescriptor.builder().id(Bytes.random())
                        .transports(AuthenticatorTransport.INTERNAL).build()))
                .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .userVerification(UserVerificationRequirement.PREFERRED).build())
                .extensions(new ImmutableAuthenticationExtensionsClientInputs(
                        ImmutableAuthenticationExtensionsClientInput.credProps))
                .build();
        PublicKeyCredentialCreationOptions back = JdbcCreationOptions.restore(JdbcCreationOptions.store(options));
        assertThat(JdbcCreationOptions.store(back)).isEqualTo(JdbcCreationOptions.store(options));
        assertThat(back.getChallenge()).isEqualTo(options.getChallenge());
        assertThat(back.getUser().getId()).isEqualTo(options.getUser().getId());
        assertThat(back.getAuthenticatorSelection().getUserVerification()).isEqualTo(UserVerificationRequirement.PREFERRED);
    }
}
