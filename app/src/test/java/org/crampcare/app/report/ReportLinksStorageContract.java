package org.crampcare.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.crampcare.app.account.AccountId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The calendar feeds and share links on a real schema (V1 to V3); run on H2 and on PostgreSQL by its subclasses. */
abstract class ReportLinksStorageContract {
    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    JdbcClient jdbc;
    CalendarFeeds feeds;
    ShareLinks links;
    AccountId anna;
    AccountId boris;
    final Period november = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    abstract JdbcClient database();

    @BeforeEach
    void setUp() {
        jdbc = database();
        jdbc.sql("delete from share_link").update();
        jdbc.sql("delete from calendar_feed").update();
        jdbc.sql("delete from account").update();
        feeds = new CalendarFeeds(jdbc);
        links = new ShareLinks(jdbc);
        anna = ReportStorage.account(jdbc, "anna@example.org", "Europe/Berlin");
        boris = ReportStorage.account(jdbc, "boris@example.org", "Asia/Tokyo");
    }

    @Test
    void aFeedIsFoundByItsSecretWithTheAccountsZone() {
        String secret = feeds.create(anna, LocalTime.of(21, 30), NOW);
        var feed = feeds.bySecret(secret).orElseThrow();
        assertThat(feed.account()).isEqualTo(anna);
        assertThat(feed.remindAt()).isEqualTo(LocalTime.of(21, 30));
        assertThat(feed.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(feed.created()).isEqualTo(NOW);
    }

    @Test
    void theSecretItselfIsNotStored() {
        String secret = feeds.create(anna, LocalTime.of(21, 30), NOW);
        String token = links.create(anna, november, ReportSection.all(), NOW, NOW.plus(Duration.ofDays(7)));
        String dump = jdbc.sql("select * from calendar_feed").query().listOfRows().toString()
                + jdbc.sql("select * from share_link").query().listOfRows().toString();
        assertThat(dump).doesNotContain(secret, token);
    }

    @Test
    void aRevokedFeedOpensNothing() {
        String secret = feeds.create(anna, LocalTime.of(21, 30), NOW);
        assertThat(feeds.revoke(anna, NOW)).isEqualTo(1);
        assertThat(feeds.bySecret(secret)).isEmpty();
        assertThat(feeds.live(anna)).isEmpty();
    }

    @Test
    void aNewFeedRevokesTheOldOne() {
        String first = feeds.create(anna, LocalTime.of(21, 30), NOW);
        String second = feeds.create(anna, LocalTime.of(22, 0), NOW.plusSeconds(60));
        assertThat(feeds.bySecret(first)).isEmpty();
        assertThat(feeds.bySecret(second)).get().extracting(CalendarFeeds.Feed::remindAt).isEqualTo(LocalTime.of(22, 0));
    }

    @Test
    void malformedAndUnknownSecretsOpenNothing() {
        feeds.create(anna, LocalTime.of(21, 30), NOW);
        assertThat(feeds.bySecret("short")).isEmpty();
        assertThat(feeds.bySecret(Secrets.create())).isEmpty();
        assertThat(feeds.bySecret("' or 1=1 --aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).isEmpty();
    }

    @Test
    void aShareLinkOpensItsPeriodAndSections() {
        String token = links.create(anna, november, EnumSet.of(ReportSection.SUMMARY, ReportSection.CHARTS), NOW,
                NOW.plus(Duration.ofDays(7)));
        var link = links.open(token, NOW.plusSeconds(1)).orElseThrow();
        assertThat(link.account()).isEqualTo(anna);
        assertThat(link.period()).isEqualTo(november);
        assertThat(link.sections()).containsExactly(ReportSection.SUMMARY, ReportSection.CHARTS);
    }

    @Test
    void anExpiredLinkOpensNothing() {
        String token = links.create(anna, november, ReportSection.all(), NOW, NOW.plus(Duration.ofDays(7)));
        assertThat(links.open(token, NOW.plus(Duration.ofDays(7)))).isEmpty();
    }

    @Test
    void aRevokedLinkOpensNothingAndStaysListed() {
        String token = links.create(anna, november, ReportSection.all(), NOW, NOW.plus(Duration.ofDays(7)));
        long id = links.of(anna).get(0).id();
        assertThat(links.revoke(anna, id, NOW)).isTrue();
        assertThat(links.open(token, NOW.plusSeconds(1))).isEmpty();
        assertThat(links.of(anna)).singleElement().satisfies(l -> assertThat(l.revoked()).isPresent());
    }

    @Test
    void nobodyRevokesAnothersLink() {
        String token = links.create(anna, november, ReportSection.all(), NOW, NOW.plus(Duration.ofDays(7)));
        long id = links.of(anna).get(0).id();
        assertThat(links.revoke(boris, id, NOW)).isFalse();
        assertThat(links.open(token, NOW.plusSeconds(1))).isPresent();
        assertThat(links.of(boris)).isEmpty();
    }

    @Test
    void deletingTheAccountDeletesItsFeedsAndLinks() {
        feeds.create(anna, LocalTime.of(21, 30), NOW);
        links.create(anna, november, ReportSection.all(), NOW, NOW.plus(Duration.ofDays(7)));
        jdbc.sql("delete from account where id = ?").param(anna.value()).update();
        assertThat(jdbc.sql("select count(*) from calendar_feed").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from share_link").query(Long.class).single()).isZero();
    }
}
