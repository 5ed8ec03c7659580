package org.crampcare.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.crampcare.app.CrampCareApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two instances of the application on one PostgreSQL (embedded, started by the test: if it cannot start, the test
 * fails): a person signs up and signs in on the first, and the second knows them by the same session cookie.
 */
class TwoInstancesTest {
    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        first = instance();
        second = instance();
    }

    private static ConfigurableApplicationContext instance() {
        return CrampCareApplication.run("--server.port=0", "--logging.level.root=WARN",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[] { first, second }) {
            if (app != null) {
                app.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aSessionBegunOnOneInstanceIsKnownToTheOther() throws Exception {
        assertThat(port(first)).isNotEqualTo(port(second));
        WebClient one = new WebClient(port(first));
        String email = TestAccounts.email();
        assertThat(one.signUp(email, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(one.signIn(email, TestAccounts.PASSWORD, false).headers().firstValue("Location").orElseThrow())
                .endsWith("/diary");
        String session = one.cookie("SESSION").orElseThrow();

        WebClient two = new WebClient(port(second));
        HttpResponse<String> account = two.get("/account", "Cookie", "SESSION=" + session);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(email);
        // and without the cookie the second instance does not know them
        assertThat(new WebClient(port(second)).get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void passkeyRegistrationOptionsWorkOnPostgresSessions() throws Exception {
        WebClient one = new WebClient(port(first));
        String email = TestAccounts.email();
        one.signUp(email, TestAccounts.PASSWORD);
        one.signIn(email, TestAccounts.PASSWORD, false);
        one.get("/account");
        HttpResponse<String> options = one.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(one.base + "/webauthn/register/options"))
                .header("X-XSRF-TOKEN", one.csrf().orElseThrow())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body()).contains("\"challenge\"");
    }
}
