package org.crampcare.app.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an account and everything of it at once, in one transaction: the diary and every other table with an
 * {@code account_id} (their foreign keys cascade), and what Spring Security keeps by the email (remember-me tokens,
 * passkeys, sessions). The server log says only that an account id was deleted.
 */
@Service
public class AccountDeletion {
    private static final Logger log = LoggerFactory.getLogger(AccountDeletion.class);
    private final JdbcClient jdbc;
    private final Accounts accounts;

    AccountDeletion(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Transactional
    public void delete(AccountId id) {
        accounts.find(id).ifPresent(account -> {
            String email = account.email().value();
            jdbc.sql("delete from persistent_logins where username = ?").param(email).update();
            jdbc.sql("delete from user_credentials where user_entity_user_id in "
                    + "(select id from user_entities where name = ?)").param(email).update();
            jdbc.sql("delete from user_entities where name = ?").param(email).update();
            jdbc.sql("delete from spring_session where principal_name = ?").param(email).update();
            jdbc.sql("delete from account where id = ?").param(id.value()).update();
            log.info("account {} deleted", id.value());
        });
    }
}
