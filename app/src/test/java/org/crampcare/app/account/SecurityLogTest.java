package org.crampcare.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/** The owner's security log, and a server log that never holds a submitted value. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SecurityLogTest {
    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    Accounts accounts;

    @Test
    void theOwnerReadsSignInsFailuresTokensExportsAndSignOuts(CapturedOutput output) throws Exception {
        WebClient web = new WebClient(port);
        String email = TestAccounts.email();
        web.signUp(email, TestAccounts.PASSWORD);
        web.signIn(email, "a wrong password here", false);
        web.signIn(email, TestAccounts.PASSWORD, false);
        web.submit("/account/tokens", "/account/tokens", "name", "reader");
        String list = web.get("/account/tokens").body();
        String id = list.replaceAll("(?s).*data-token-id=\"(\\d+)\".*", "$1");
        web.submit("/account/tokens", "/account/tokens/" + id + "/revoke");
        AccountId account = accounts.find(new Email(email)).orElseThrow().id();
        publisher.publishEvent(new DataExported(account, "CSV export"));
        web.submit("/account", "/logout");
        web.signIn(email, TestAccounts.PASSWORD, false);
        String log = web.get("/account/security").body();
        for (SecurityEvent.Kind kind : new SecurityEvent.Kind[] { SecurityEvent.Kind.SIGNED_UP,
                SecurityEvent.Kind.SIGN_IN_FAILED, SecurityEvent.Kind.SIGNED_IN_PASSWORD, SecurityEvent.Kind.TOKEN_CREATED,
                SecurityEvent.Kind.TOKEN_REVOKED, SecurityEvent.Kind.DATA_EXPORTED, SecurityEvent.Kind.SIGNED_OUT }) {
            assertThat(log).as(kind.name()).contains("data-kind=\"" + kind.name() + "\"");
        }
        assertThat(log).contains("CSV export", "127.0.0.1").doesNotContain("a wrong password here");
        assertThat(output.getAll()).doesNotContain(email).doesNotContain(TestAccounts.PASSWORD)
                .doesNotContain("a wrong password here");
    }

    @Test
    void anotherPersonsLogIsNotShown() throws Exception {
        WebClient a = new WebClient(port);
        String first = TestAccounts.email();
        a.signUp(first, TestAccounts.PASSWORD);
        a.signIn(first, "wrong wrong wrong", false);
        WebClient b = new WebClient(port);
        String second = TestAccounts.email();
        b.signUp(second, TestAccounts.PASSWORD);
        b.signIn(second, TestAccounts.PASSWORD, false);
        assertThat(b.get("/account/security").body()).doesNotContain("SIGN_IN_FAILED");
    }
}
