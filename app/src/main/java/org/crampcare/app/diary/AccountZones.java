package org.crampcare.app.diary;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.crampcare.app.account.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The time zone an account was given (the {@code account.time_zone} column), when a request names none. */
@Component
class AccountZones {
    private final JdbcClient jdbc;

    AccountZones(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ZoneId of(AccountId account) {
        return jdbc.sql("select time_zone from account where id = ?").param(account.value()).query(String.class)
                .optional().flatMap(Zones::parse).orElse(ZoneOffset.UTC);
    }
}
