package crashtest;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.account.AccountPrincipal;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * TEST ONLY, never in the product: {@code DiaryCrashIT} puts this class on the real jar's class path with Spring
 * Boot's {@code loader.path} (outside {@code org.crampcare}, so no test context scans it) so that the crash test can
 * act for an account before sign-in exists: {@code X-Crash-Test-Account: <email>} on {@code /api/v1/episodes}
 * (and on the diary pages, for bench/diary) signs in as that account (made on first use). The product jar itself has no such door.
 */
@AutoConfiguration
public class CrashTestSignIn {
    static final String HEADER = "X-Crash-Test-Account";

    record Principal(AccountId accountId) implements AccountPrincipal {
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain crashTestChain(HttpSecurity http, JdbcClient jdbc) throws Exception {
        http.securityMatcher("/api/v1/episodes", "/api/v1/episodes/**", "/api/v1/export", "/diary", "/diary/**")
                .csrf(c -> c.disable())
                .addFilterBefore(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        String email = request.getHeader(HEADER);
                        if (email != null && email.matches("[a-z0-9.-]{1,40}@crash\\.test")) {
                            long id = account(jdbc, email);
                            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
                                    .authenticated(new Principal(new AccountId(id)), null, List.of()));
                        }
                        chain.doFilter(request, response);
                    }
                }, AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated());
        return http.build();
    }

    static synchronized long account(JdbcClient jdbc, String email) {
        return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).optional()
                .orElseGet(() -> {
                    jdbc.sql("insert into account (email, password_hash, time_zone, created_at) values (?, ?, ?, ?)")
                            .params(email, "{noop}-", "Europe/London", OffsetDateTime.now(ZoneOffset.UTC)).update();
                    return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
                });
    }
}
