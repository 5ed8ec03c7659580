package org.crampcare.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deleting an account deletes everything of it at once, in every table (also tables added later), and signs out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountDeletionTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;

    /** Every table with an account_id column, as the database itself lists them. */
    private List<String> tablesWithAnAccount() {
        return jdbc.sql("select table_name from information_schema.columns where lower(column_name) = 'account_id' "
                + "and lower(table_schema) = 'public'").query(String.class).list();
    }

    private int rows(String table, long account) {
        return jdbc.sql("select count(*) from " + table + " where account_id = ?").param(account).query(Integer.class)
                .single();
    }

    @Test
    void deletingLeavesNoRowOfTheAccountInAnyTable() throws Exception {
        WebClient web = new WebClient(port);
        String email = TestAccounts.email();
        web.signUp(email, TestAccounts.PASSWORD);
        web.signIn(email, TestAccounts.PASSWORD, true);
        web.submit("/account/tokens", "/account/tokens", "name", "to be deleted");
        long id = accounts.find(new Email(email)).orElseThrow().id().value();
        jdbc.sql("insert into webauthn_registration (account_id, options, created_at) values (?, '{}', current_timestamp)")
                .param(id).update();
        jdbc.sql("insert into user_entities (id, name, display_name) values ('dXNlcg', ?, ?)").params(email, email).update();
        jdbc.sql("insert into user_credentials (credential_id, user_entity_user_id, public_key, backup_eligible, "
                + "backup_state, label) values ('Y3JlZA', 'dXNlcg', X'01', false, false, 'phone')").update();
        // someone else's rows stay
        WebClient other = new WebClient(port);
        String otherEmail = TestAccounts.email();
        other.signUp(otherEmail, TestAccounts.PASSWORD);
        other.signIn(otherEmail, TestAccounts.PASSWORD, true);
        long otherId = accounts.find(new Email(otherEmail)).orElseThrow().id().value();
        List<String> tables = tablesWithAnAccount();
        assertThat(tables).isNotEmpty();
        assertThat(tables.stream().mapToInt(t -> rows(t, id)).sum()).isPositive();

        web.get("/account/delete");
        HttpResponse<String> deleted = web.submit("/account/delete", "/account/delete", "confirm", "yes");
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/login?deleted");

        for (String table : tables) {
            assertThat(rows(table, id)).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from account where id = ?").param(id).query(Integer.class).single()).isZero();
        for (String byEmail : List.of("select count(*) from persistent_logins where username = ?",
                "select count(*) from user_entities where name = ?",
                "select count(*) from spring_session where principal_name = ?")) {
            assertThat(jdbc.sql(byEmail).param(email).query(Integer.class).single()).as(byEmail).isZero();
        }
        assertThat(jdbc.sql("select count(*) from user_credentials where user_entity_user_id = 'dXNlcg'")
                .query(Integer.class).single()).isZero();
        assertThat(web.get("/account").statusCode()).isEqualTo(302);
        assertThat(tables.stream().mapToInt(t -> rows(t, otherId)).sum()).isPositive();
        assertThat(other.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void withoutTheTickNothingIsDeleted() throws Exception {
        WebClient web = new WebClient(port);
        String email = TestAccounts.email();
        web.signUp(email, TestAccounts.PASSWORD);
        web.signIn(email, TestAccounts.PASSWORD, false);
        HttpResponse<String> r = web.submit("/account/delete", "/account/delete");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"confirm-error\"");
        assertThat(accounts.find(new Email(email))).isPresent();
    }
}
