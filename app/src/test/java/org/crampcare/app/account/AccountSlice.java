package org.crampcare.app.account;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What the security configuration needs in a {@code @WebMvcTest} slice: the accounts' stores on the test's in-memory
 * database (migrated by Flyway), so every slice signs in, checks CSRF and answers 401 exactly like the application.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ AccountSecurityBeans.class, Accounts.class, SecurityEvents.class, AccessTokens.class, RateLimits.class,
        AccountUserDetailsService.class, SecurityEventListener.class })
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class,
        TransactionAutoConfiguration.class })
public class AccountSlice {
}
