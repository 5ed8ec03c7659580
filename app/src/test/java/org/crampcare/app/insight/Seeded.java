package org.crampcare.app.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.account.AccountPrincipal;
import org.crampcare.app.diary.Changes;
import org.crampcare.app.diary.CheckIns;
import org.crampcare.app.diary.Episodes;
import org.crampcare.diary.Change;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Place;
import org.crampcare.diary.RedFlag;
import org.crampcare.diary.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Diaries written through the real repositories, for the insights and reports tests, and a signed-in principal. */
public final class Seeded {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    record Principal(AccountId accountId) implements AccountPrincipal, java.io.Serializable {
    }

    private final JdbcClient jdbc;
    private final Episodes episodes;
    private final CheckIns checkIns;
    private final Changes changes;

    public Seeded(JdbcClient jdbc, Episodes episodes, CheckIns checkIns, Changes changes) {
        this.jdbc = jdbc;
        this.episodes = episodes;
        this.checkIns = checkIns;
        this.changes = changes;
    }

    public AccountId account() {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (email, password_hash, time_zone, created_at) values (?, ?, ?, ?)")
                .params(UUID.randomUUID() + "@example.test", "{noop}unused", ZONE.getId(),
                        OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .update(keys, "id");
        return new AccountId(keys.getKeyAs(Long.class));
    }

    public static RequestPostProcessor as(AccountId account) {
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(new Principal(account), null, List.of()));
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A cramp in the night of {@code evening}, at 02:30 the next morning, pain 5, not waking the person. */
    public long cramp(AccountId owner, LocalDate evening) {
        return cramp(owner, evening, 5, Set.of(), "");
    }

    public long cramp(AccountId owner, LocalDate evening, int pain, Set<RedFlag> flags, String notes) {
        Instant at = evening.plusDays(1).atTime(LocalTime.of(2, 30)).atZone(ZONE).toInstant();
        return episodes.insert(owner, new Episode(at, ZONE, Place.CALF, Side.LEFT, pain,
                Optional.of(Duration.ofSeconds(90)), Optional.of(false), Optional.empty(),
                notes.isEmpty() ? Optional.empty() : Optional.of(notes), flags), Instant.now());
    }

    public long change(AccountId owner, String description, LocalDate started) {
        return changes.insert(owner, new Change(description, started, Optional.empty()), Instant.now());
    }

    public long checkIn(AccountId owner, LocalDate day, String newMedicine) {
        return checkIns.insert(owner, new CheckIn(day, Optional.of(true), Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.of(2.0), OptionalInt.of(0), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                newMedicine.isEmpty() ? Optional.empty() : Optional.of(newMedicine)), Instant.now());
    }

    /**
     * Weekly cramps that do not improve with self-care: two cramps a week (nights 2 and 5 days before each week's
     * end) for nine weeks up to the night before yesterday, and a change started five weeks ago.
     */
    public long selfCareNotImproving(AccountId owner) {
        LocalDate today = today();
        for (int w = 0; w < 9; w++) {
            cramp(owner, today.minusDays(2 + 7L * w));
            cramp(owner, today.minusDays(5 + 7L * w));
        }
        return change(owner, "Stretching before bed", today.minusWeeks(5));
    }
}
