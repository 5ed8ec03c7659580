package org.crampcare.app.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The owners' security logs ({@code security_event}). A line names the kind of event, the time, the address it came
 * from and at most a short detail that the owner chose (a token's name, what was exported): never a password, a
 * submitted email or any health data.
 */
@Repository
public class SecurityEvents {
    static final int SHOWN = 200;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    SecurityEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an event for the account, with the address of the request being served (if any). */
    public void record(AccountId account, SecurityEvent.Kind kind, Optional<String> detail) {
        jdbc.sql("insert into security_event (account_id, kind, occurred_at, ip, detail) values (?, ?, ?, ?, ?)")
                .params(account.value(), kind.name(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                        currentIp().orElse(null), detail.map(d -> d.length() > 200 ? d.substring(0, 200) : d).orElse(null))
                .update();
    }

    /** The latest events, newest first. */
    public List<SecurityEvent> latest(AccountId account) {
        return jdbc.sql("select kind, occurred_at, ip, detail from security_event where account_id = ? "
                + "order by occurred_at desc, id desc limit " + SHOWN)
                .param(account.value())
                .query((rs, n) -> new SecurityEvent(SecurityEvent.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getString("ip")), Optional.ofNullable(rs.getString("detail"))))
                .list();
    }

    /** The address of the client of the request being served on this thread. */
    static Optional<String> currentIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getRemoteAddr());
        }
        return Optional.empty();
    }
}
