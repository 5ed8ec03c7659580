package org.crampcare.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NightTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void aCrampAtTwoInTheMorningBelongsToTheNightThatBeganTheEveningBefore() {
        // 02:00 in Moscow on 2 December is 23:00 UTC on 1 December
        assertThat(Night.of(Instant.parse("2026-12-01T23:00:00Z"), MOSCOW).evening()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void anEveningCrampBelongsToThatEveningsNight() {
        assertThat(Night.of(Instant.parse("2026-12-01T19:30:00Z"), MOSCOW).evening()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void theNightIsReckonedInThePersonsZoneNotTheServers() {
        var at = Instant.parse("2026-12-02T05:00:00Z"); // 08:00 in Moscow, 21:00 the evening before in Los Angeles
        assertThat(Night.of(at, MOSCOW).evening()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Night.of(at, ZoneId.of("America/Los_Angeles")).evening()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Night.of(Instant.parse("2026-12-02T10:00:00Z"), MOSCOW).evening()).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void noonStartsANewNight() {
        assertThat(Night.of(Instant.parse("2026-12-02T09:00:00Z"), MOSCOW).evening()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(Night.of(Instant.parse("2026-12-02T08:59:59Z"), MOSCOW).evening()).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
