package org.crampcare.app.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.crampcare.app.account.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only links to a report (table {@code share_link}): a period, the chosen sections, an expiry. A link opens the
 * report only while it is neither expired nor revoked; otherwise it is as unknown as a made-up one.
 */
@Repository
public class ShareLinks {
    public static final int MAX_DAYS = 90;

    public record Link(long id, AccountId account, Period period, Set<ReportSection> sections, Instant created,
            Instant expires, Optional<Instant> revoked) {
        public boolean live(Instant now) {
            return revoked.isEmpty() && now.isBefore(expires);
        }
    }

    private final JdbcClient jdbc;

    public ShareLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes a link and returns its token (shown to the owner once, never stored). */
    public String create(AccountId account, Period period, Set<ReportSection> sections, Instant now, Instant expires) {
        if (!expires.isAfter(now)) {
            throw new IllegalArgumentException("a link expires after it is made");
        }
        String token = Secrets.create();
        jdbc.sql("insert into share_link (account_id, token_hash, period_from, period_to, sections, created_at, expires_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(account.value(), Secrets.sha256(token), period.from(), period.to(), keys(sections),
                        CalendarFeeds.utc(now), CalendarFeeds.utc(expires)).update();
        return token;
    }

    /** Revokes one of the account's links; false if the account has no such link (another's link is untouched). */
    public boolean revoke(AccountId account, long id, Instant now) {
        return jdbc.sql("update share_link set revoked_at = ? where id = ? and account_id = ? and revoked_at is null")
                .params(CalendarFeeds.utc(now), id, account.value()).update() == 1;
    }

    public List<Link> of(AccountId account) {
        return jdbc.sql(SELECT + "where account_id = ? order by created_at desc, id desc").param(account.value())
                .query((rs, n) -> link(rs)).list();
    }

    /** The live link this token opens; empty for an unknown, malformed, expired or revoked token alike. */
    public Optional<Link> open(String token, Instant now) {
        return Secrets.hashOf(token)
                .flatMap(hash -> jdbc.sql(SELECT + "where token_hash = ?").param(hash).query((rs, n) -> link(rs)).optional())
                .filter(l -> l.live(now));
    }

    private static final String SELECT = "select id, account_id, period_from, period_to, sections, created_at, expires_at, "
            + "revoked_at from share_link ";

    private static Link link(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime revoked = rs.getObject(8, OffsetDateTime.class);
        return new Link(rs.getLong(1), new AccountId(rs.getLong(2)),
                new Period(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)), sections(rs.getString(5)),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getObject(7, OffsetDateTime.class).toInstant(),
                Optional.ofNullable(revoked).map(OffsetDateTime::toInstant));
    }

    static String keys(Set<ReportSection> sections) {
        return sections.stream().sorted().map(ReportSection::key).collect(Collectors.joining(","));
    }

    static Set<ReportSection> sections(String keys) {
        Set<ReportSection> out = EnumSet.noneOf(ReportSection.class);
        Arrays.stream(keys.split(",")).map(ReportSection::fromKey).flatMap(Optional::stream).forEach(out::add);
        return out;
    }
}
