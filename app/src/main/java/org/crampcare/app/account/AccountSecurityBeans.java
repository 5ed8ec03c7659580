package org.crampcare.app.account;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/** The pieces of sign-in that {@code config.SecurityConfig} puts together: hashing, stores of tokens and passkeys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AccountProperties.class, WebAuthnProperties.class })
public class AccountSecurityBeans {

    /** Argon2id (OWASP's first choice) for new hashes; bcrypt hashes are still read and replaced at the next sign-in. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
    }

    /** "Keep me signed in": rotating persistent tokens in {@code persistent_logins} (see SecurityConfig for why). */
    @Bean
    PersistentTokenRepository persistentTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        return tokens;
    }

    @Bean
    PasskeyUsers passkeyUsers(JdbcOperations jdbc, Accounts accounts) {
        return new PasskeyUsers(new JdbcPublicKeyCredentialUserEntityRepository(jdbc), accounts);
    }

    @Bean
    PasskeyCredentials passkeyCredentials(JdbcOperations jdbc, PasskeyUsers users, SecurityEvents events) {
        return new PasskeyCredentials(new JdbcUserCredentialRepository(jdbc), users, events);
    }

    @Bean
    WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users,
            UserCredentialRepository credentials, WebAuthnProperties webauthn) {
        return new Webauthn4JRelyingPartyOperations(users, credentials,
                PublicKeyCredentialRpEntity.builder().id(webauthn.rpId()).name(webauthn.rpName()).build(),
                new LinkedHashSet<>(webauthn.origins()));
    }

    @Bean
    PublicKeyCredentialCreationOptionsRepository passkeyRegistrations(JdbcClient jdbc) {
        return new JdbcCreationOptions(jdbc);
    }

    @Bean
    RecentSignIn recentSignIn() {
        return new RecentSignIn(Clock.systemUTC());
    }
}
