package org.crampcare.app.diary;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.account.AccountPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Accounts for diary tests, written straight into the account table, and a signed-in principal for each. */
final class TestAccounts {
    /** A signed-in person, as every real principal is: an {@link AccountPrincipal}. */
    record Principal(AccountId accountId) implements AccountPrincipal, java.io.Serializable {
    }

    private TestAccounts() {
    }

    static AccountId create(JdbcClient jdbc, String zone) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (email, password_hash, time_zone, created_at) values (?, ?, ?, ?)")
                .params(UUID.randomUUID() + "@example.test", "{noop}unused", zone,
                        OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .update(keys, "id");
        return new AccountId(keys.getKeyAs(Long.class));
    }

    static RequestPostProcessor as(AccountId account) {
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(new Principal(account), null, List.of()));
    }
}
