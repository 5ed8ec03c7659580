package org.crampcare.diary.insight;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import org.crampcare.diary.Change;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Diary;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Exertion;
import org.crampcare.diary.Place;
import org.crampcare.diary.RedFlag;
import org.crampcare.diary.Side;

/** Builds diaries for the tests: cramps by the evening of their night, check-ins, changes. */
final class Entries {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** A Monday. */
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private final List<Episode> episodes = new ArrayList<>();
    private final List<CheckIn> checkIns = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();

    static Entries diary() {
        return new Entries();
    }

    /** A cramp at 02:00 in the night of this evening (so on the next calendar day). */
    Entries cramp(LocalDate evening) {
        return cramp(evening, LocalTime.of(2, 0), Place.CALF, 5);
    }

    Entries cramps(LocalDate evening, int count) {
        for (int i = 0; i < count; i++) {
            cramp(evening, LocalTime.of(1, 0).plusMinutes(10L * i), Place.CALF, 5);
        }
        return this;
    }

    Entries cramp(LocalDate evening, LocalTime at, Place place, int pain) {
        LocalDate day = at.isBefore(LocalTime.NOON) ? evening.plusDays(1) : evening;
        episodes.add(new Episode(day.atTime(at).atZone(ZONE).toInstant(), ZONE, place, Side.LEFT, pain,
                Optional.of(Duration.ofMinutes(2)), Optional.empty(), Optional.empty(), Optional.empty(), Set.of()));
        return this;
    }

    Entries episode(Episode e) {
        episodes.add(e);
        return this;
    }

    Entries woke(LocalDate evening, boolean woke) {
        episodes.add(new Episode(evening.plusDays(1).atTime(3, 0).atZone(ZONE).toInstant(), ZONE, Place.CALF,
                Side.LEFT, 6, Optional.empty(), Optional.of(woke), Optional.empty(), Optional.empty(), Set.of()));
        return this;
    }

    Entries redFlag(LocalDate evening, RedFlag flag) {
        episodes.add(new Episode(evening.plusDays(1).atTime(3, 0).atZone(ZONE).toInstant(), ZONE, Place.CALF,
                Side.LEFT, 7, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(flag)));
        return this;
    }

    Entries lasting(LocalDate evening, Duration d) {
        episodes.add(new Episode(evening.plusDays(1).atTime(3, 0).atZone(ZONE).toInstant(), ZONE, Place.CALF,
                Side.LEFT, 7, Optional.of(d), Optional.empty(), Optional.empty(), Optional.empty(), Set.of()));
        return this;
    }

    /** An empty check-in: the person used the diary that day. */
    Entries checkIn(LocalDate day) {
        return checkIn(new CheckIn(day, Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    Entries stretched(LocalDate day, boolean stretched) {
        return checkIn(new CheckIn(day, Optional.of(stretched), Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    Entries exercise(LocalDate day, Exertion e) {
        return checkIn(new CheckIn(day, Optional.empty(), Optional.of(e), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    Entries checkIn(CheckIn c) {
        checkIns.add(c);
        return this;
    }

    Entries change(Change c) {
        changes.add(c);
        return this;
    }

    Diary build() {
        return new Diary(episodes, checkIns, changes, ZONE);
    }
}
