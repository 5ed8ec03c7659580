package org.crampcare.app.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.crampcare.app.account.AccountId;
import org.crampcare.app.config.NotFoundException;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Period;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One person's stored diary read as the insights, the triage and the reports read it (core
 * {@link org.crampcare.diary.Diary}): the public face of the diary's storage for the features built on it. Every read
 * names its owner, so another account's rows are, here too, rows that do not exist.
 */
@Component
public class Diaries {
    /** How many entries the kept diaries may hold together (a 2,000-entry diary is about half a megabyte). */
    private static final long KEPT_ENTRIES = 100_000;

    private final Diary diary;
    private final DiaryVersions versions;
    /**
     * Whole diaries as last read, by owner, zone and {@link DiaryVersions version}: the insights, the reports, a
     * change's comparison and the triage of a red flag all read the whole diary, and reading 2,000 rows was half of
     * the insights page. Any write, on this instance or another, gives a new version, so a kept diary is never
     * served after a write has been seen; a new time zone is a new key.
     */
    private final Cache<Key, org.crampcare.diary.Diary> kept = Caffeine.newBuilder().maximumWeight(KEPT_ENTRIES)
            .weigher((Key k, org.crampcare.diary.Diary d) -> 1 + d.episodes().size() + d.checkIns().size()
                    + d.changes().size())
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    private record Key(AccountId owner, ZoneId zone, DiaryVersions.Version version) {
    }

    Diaries(Diary diary, DiaryVersions versions) {
        this.diary = diary;
        this.versions = versions;
    }

    /** The account's time zone (UTC when it has none). */
    public ZoneId zone(AccountId owner) {
        return diary.zoneOf(owner);
    }

    /** Today in the account's zone. */
    public LocalDate today(AccountId owner) {
        return diary.today(zone(owner));
    }

    public Instant now() {
        return diary.now();
    }

    /** Everything the account logged: every cramp, check-in and change. */
    public org.crampcare.diary.Diary whole(AccountId owner) {
        // the version first, then the rows: a write between the two leaves newer rows under the older version, which
        // no later request asks for once it sees the new version (the other order could keep older rows as newer)
        ZoneId zone = zone(owner);
        return kept.get(new Key(owner, zone, versions.of(owner)), k -> read(owner, zone));
    }

    private org.crampcare.diary.Diary read(AccountId owner, ZoneId zone) {
        return new org.crampcare.diary.Diary(
                diary.episodes().all(owner).stream().map(StoredEpisode::episode).toList(),
                diary.checkIns().all(owner).stream().map(StoredCheckIn::checkIn).toList(),
                diary.changes().all(owner).stream().map(StoredChange::change).toList(), zone);
    }

    /**
     * The cramps whose night is in {@code nights}, the check-ins of its days and the changes in effect at some time in
     * it: enough for counts, charts and alerts of the period (a change's comparison wants {@link #whole}).
     */
    public org.crampcare.diary.Diary in(AccountId owner, Period nights) {
        return new org.crampcare.diary.Diary(episodes(owner, nights).stream().map(StoredEpisode::episode).toList(),
                checkIns(owner, nights).stream().map(StoredCheckIn::checkIn).toList(),
                changes(owner, nights).stream().map(StoredChange::change).toList(), zone(owner));
    }

    /** The stored cramps whose night is in the period, oldest first. */
    public List<StoredEpisode> episodes(AccountId owner, Period nights) {
        // a night runs noon to noon in the zone it was logged in, which may differ from the account's: a day of margin
        ZoneId zone = zone(owner);
        Instant from = nights.first().evening().atTime(LocalTime.NOON).atZone(zone).toInstant().minus(Duration.ofDays(1));
        Instant to = nights.last().evening().plusDays(1).atTime(LocalTime.NOON).atZone(zone).toInstant()
                .plus(Duration.ofDays(1));
        return diary.episodes().between(owner, from, to).stream().filter(s -> nights.contains(s.night()))
                .sorted(java.util.Comparator.comparing((StoredEpisode s) -> s.episode().at()).thenComparing(StoredEpisode::id))
                .toList();
    }

    /** The stored check-ins whose day is in the period, oldest first. */
    public List<StoredCheckIn> checkIns(AccountId owner, Period nights) {
        return oldestFirst(diary.checkIns().between(owner, nights.first().evening(), nights.last().evening()));
    }

    /** The stored changes in effect at some time in the period, earliest start first. */
    public List<StoredChange> changes(AccountId owner, Period nights) {
        return oldestFirst(diary.changes().between(owner, nights.first().evening(), nights.last().evening()));
    }

    /**
     * The medicines the person noted in their check-ins ("a new medicine") on or before the last day of the period,
     * as typed, each once, in the order first noted. The diary stores no other list of medicines.
     */
    public List<String> medicines(AccountId owner, LocalDate until) {
        return diary.checkIns().all(owner).stream().map(StoredCheckIn::checkIn)
                .filter(c -> !c.day().isAfter(until)).map(CheckIn::newMedicine)
                .flatMap(java.util.Optional::stream).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** One change by its id as the address gave it; another account's or a missing one is the same 404. */
    public StoredChange change(AccountId owner, String id) {
        return diary.changes().find(owner, ApiRequests.id(id))
                .orElseThrow(() -> new NotFoundException(ChangeApiController.NOT_FOUND));
    }

    private static <T> List<T> oldestFirst(List<T> newestFirst) {
        List<T> out = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }
}
