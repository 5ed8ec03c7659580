package org.crampcare.app.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.crampcare.app.account.AccountId;
import org.crampcare.diary.Change;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Exertion;
import org.crampcare.diary.Night;
import org.crampcare.diary.Place;
import org.crampcare.diary.RedFlag;
import org.crampcare.diary.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the diary's storage promises, run on H2 ({@link H2RepositoryTest}) and on real PostgreSQL
 * ({@link PostgresRepositoryTest}) with the same Flyway migrations.
 */
abstract class RepositoryContract {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final Instant AT = Instant.parse("2026-12-01T23:10:00Z"); // 02:10 on 2 December in Moscow

    @Autowired
    Episodes episodes;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Changes changes;
    @Autowired
    Diary diary;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DiaryVersions versions;
    @Autowired
    Diaries diaries;

    AccountId a;
    AccountId b;

    @BeforeEach
    void accounts() {
        a = TestAccounts.create(jdbc, "Europe/Moscow");
        b = TestAccounts.create(jdbc, "Europe/London");
    }

    static Episode full() {
        return new Episode(AT, MOSCOW, Place.THIGH_BACK, Side.BOTH, 7, Optional.of(Duration.ofSeconds(95)),
                Optional.of(true), Optional.of("stretching; standing up"), Optional.of("línea 2\nзаметка"),
                EnumSet.of(RedFlag.DARK_URINE, RedFlag.CALF_SWELLING_ONE_SIDE));
    }

    static Episode plain(Instant at) {
        return new Episode(at, MOSCOW, Place.CALF, Side.LEFT, 4, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of());
    }

    @Test
    void anEpisodeComesBackWithEveryField() {
        long id = episodes.insert(a, full(), Instant.now());
        assertThat(episodes.find(a, id)).map(StoredEpisode::episode).contains(full());
    }

    @Test
    void episodesInsertedInOneBatchGetTheirIdsInTheirOrder() {
        Instant now = Instant.parse("2026-12-02T08:00:00.123456Z");
        List<Episodes.New> rows = List.of(new Episodes.New(a, full(), now), new Episodes.New(b, plain(AT), now),
                new Episodes.New(a, plain(AT.minusSeconds(3600)), now));
        long[] ids = episodes.insertAll(rows);
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        for (int i = 0; i < ids.length; i++) {
            Episodes.New row = rows.get(i);
            assertThat(episodes.find(row.owner(), ids[i])).as("row %d", i)
                    .contains(new StoredEpisode(ids[i], row.episode(), now, now));
        }
    }

    @Test
    void aNewEntryAsAnsweredIsTheEntryAsStored() {
        Diary.Logged logged = diary.logAndShow(a, "key-0000-5", full());
        assertThat(logged.outcome().replayed()).isFalse();
        assertThat(logged.entry()).isPresent().isEqualTo(episodes.find(a, logged.outcome().id()));
        Diary.Logged again = diary.logAndShow(a, "key-0000-5", full());
        assertThat(again.outcome()).isEqualTo(new IdempotentCreate.Outcome(logged.outcome().id(), true));
        assertThat(again.entry()).isEqualTo(logged.entry());
    }

    @Test
    void anEpisodeWithNothingOptionalComesBackWithNothingOptional() {
        long id = episodes.insert(a, plain(AT), Instant.now());
        assertThat(episodes.find(a, id)).map(StoredEpisode::episode).contains(plain(AT));
    }

    @Test
    void theNightIsComputedInThePersonsZoneFromTheStoredInstant() {
        long id = episodes.insert(a, plain(AT), Instant.now());
        assertThat(episodes.find(a, id).orElseThrow().night()).isEqualTo(new Night(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void anotherAccountsEpisodeCannotBeFoundChangedOrDeleted() {
        long id = episodes.insert(a, full(), Instant.now());
        assertThat(episodes.find(b, id)).isEmpty();
        assertThat(episodes.update(b, id, plain(AT), Instant.now())).isFalse();
        assertThat(episodes.delete(b, id)).isFalse();
        assertThat(episodes.find(a, id)).map(StoredEpisode::episode).contains(full());
    }

    @Test
    void betweenListsThePeriodNewestFirstAndOnlyTheOwners() {
        long first = episodes.insert(a, plain(AT), Instant.now());
        long second = episodes.insert(a, plain(AT.plus(Duration.ofHours(1))), Instant.now());
        episodes.insert(a, plain(AT.plus(Duration.ofDays(3))), Instant.now());
        episodes.insert(b, plain(AT), Instant.now());
        assertThat(episodes.between(a, AT, AT.plus(Duration.ofDays(1))).stream().map(StoredEpisode::id))
                .containsExactly(second, first);
    }

    @Test
    void latestIsTheMostRecentCrampOfTheOwner() {
        episodes.insert(a, plain(AT), Instant.now());
        long latest = episodes.insert(a, plain(AT.plus(Duration.ofHours(2))), Instant.now());
        episodes.insert(b, plain(AT.plus(Duration.ofDays(2))), Instant.now());
        assertThat(episodes.latest(a)).map(StoredEpisode::id).contains(latest);
    }

    @Test
    void anUpdateChangesEveryField() {
        long id = episodes.insert(a, plain(AT), Instant.now());
        assertThat(episodes.update(a, id, full(), Instant.now())).isTrue();
        assertThat(episodes.find(a, id)).map(StoredEpisode::episode).contains(full());
    }

    @Test
    void theDiaryVersionMovesWithEveryWriteOfItsOwnerAndWithNoOneElses() {
        DiaryVersions.Version empty = versions.of(a);
        assertThat(empty).isEqualTo(new DiaryVersions.Version(0, 0, Optional.empty(), 0, 0, Optional.empty(), 0, 0,
                Optional.empty()));
        long cramp = episodes.insert(a, plain(AT), Instant.parse("2026-12-02T08:00:00Z"));
        DiaryVersions.Version logged = versions.of(a);
        assertThat(logged.episodes()).isEqualTo(1);
        assertThat(logged.lastEpisode()).isEqualTo(cramp);

        // another person's writes, before and after, change nothing of this one's version
        episodes.insert(b, plain(AT), Instant.now());
        checkIns.insert(b, fullCheckIn(LocalDate.of(2026, 12, 1)), Instant.now());
        assertThat(versions.of(a)).isEqualTo(logged);

        episodes.update(a, cramp, full(), Instant.parse("2026-12-02T09:00:00Z"));
        DiaryVersions.Version edited = versions.of(a);
        assertThat(edited).isNotEqualTo(logged);
        long checkIn = checkIns.insert(a, fullCheckIn(LocalDate.of(2026, 12, 1)), Instant.now());
        DiaryVersions.Version checkedIn = versions.of(a);
        assertThat(checkedIn.checkIns()).isEqualTo(1);
        assertThat(checkedIn.lastCheckIn()).isEqualTo(checkIn);
        long change = changes.insert(a, new Change("stretching", LocalDate.of(2026, 12, 1), Optional.empty()), Instant.now());
        DiaryVersions.Version changed = versions.of(a);
        assertThat(changed.changes()).isEqualTo(1);
        assertThat(changed.lastChange()).isEqualTo(change);
        episodes.delete(a, cramp);
        assertThat(versions.of(a).episodes()).isZero();
        assertThat(versions.of(a)).isNotEqualTo(changed);
    }

    @Test
    void theWholeDiaryAsKeptFollowsEveryWriteWhoeverMadeItAndTheAccountsZone() {
        assertThat(diaries.whole(a).episodes()).isEmpty();
        long id = episodes.insert(a, plain(AT), Instant.now());
        assertThat(diaries.whole(a).episodes()).containsExactly(plain(AT));
        assertThat(diaries.whole(a)).isSameAs(diaries.whole(a));

        // another instance on the same database edits the row, then deletes it
        jdbc.sql("update episode set pain = 9, updated_at = ? where id = ?")
                .params(java.time.OffsetDateTime.parse("2030-01-01T00:00:00Z"), id).update();
        assertThat(diaries.whole(a).episodes()).singleElement().extracting(Episode::pain).isEqualTo(9);
        jdbc.sql("delete from episode where id = ?").param(id).update();
        assertThat(diaries.whole(a).episodes()).isEmpty();

        // a new time zone is a new diary; another person's entries never appear
        jdbc.sql("update account set time_zone = 'Asia/Tokyo' where id = ?").param(a.value()).update();
        assertThat(diaries.whole(a).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        episodes.insert(b, plain(AT), Instant.now());
        assertThat(diaries.whole(a).episodes()).isEmpty();
        assertThat(diaries.whole(b).episodes()).containsExactly(plain(AT));
    }

    static CheckIn fullCheckIn(LocalDate day) {
        return new CheckIn(day, Optional.of(true), Optional.of(Exertion.MODERATE), OptionalDouble.of(6.5),
                OptionalDouble.of(1.75), OptionalInt.of(2), OptionalInt.of(3), Optional.of(false), Optional.of("vitamin D"),
                Optional.of("amlodipine"));
    }

    @Test
    void aCheckInComesBackWithEveryField() {
        long id = checkIns.insert(a, fullCheckIn(LocalDate.of(2026, 12, 1)), Instant.now());
        assertThat(checkIns.find(a, id)).map(StoredCheckIn::checkIn).contains(fullCheckIn(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void thereIsOneCheckInADayPerAccount() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        checkIns.insert(a, fullCheckIn(day), Instant.now());
        checkIns.insert(b, fullCheckIn(day), Instant.now());
        assertThatThrownBy(() -> checkIns.insert(a, fullCheckIn(day), Instant.now()))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aChangeComesBackWithItsDates() {
        Change c = new Change("started stretching every night", LocalDate.of(2026, 12, 1),
                Optional.of(LocalDate.of(2027, 1, 15)));
        long id = changes.insert(a, c, Instant.now());
        assertThat(changes.find(a, id)).map(StoredChange::change).contains(c);
        assertThat(changes.find(b, id)).isEmpty();
    }

    @Test
    void theSameKeyTwiceStoresOneEpisodeAndAnswersWithIt() {
        IdempotentCreate.Outcome first = diary.log(a, "key-0000-1", full(), true);
        IdempotentCreate.Outcome again = diary.log(a, "key-0000-1", full(), true);
        assertThat(again).isEqualTo(new IdempotentCreate.Outcome(first.id(), true));
        assertThat(episodes.count(a)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherEpisodeIsRefusedAndStoresNothing() {
        diary.log(a, "key-0000-2", full(), true);
        assertThatThrownBy(() -> diary.log(a, "key-0000-2", plain(AT), true))
                .isInstanceOf(IdempotentCreate.KeyReused.class);
        assertThat(episodes.count(a)).isEqualTo(1);
    }

    @Test
    void aKeyBelongsToItsAccount() {
        IdempotentCreate.Outcome mine = diary.log(a, "key-0000-3", full(), true);
        IdempotentCreate.Outcome theirs = diary.log(b, "key-0000-3", full(), true);
        assertThat(theirs.id()).isNotEqualTo(mine.id());
        assertThat(theirs.replayed()).isFalse();
    }

    @Test
    void identicalCreatesAtOnceStoreOneEpisode() throws Exception {
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<IdempotentCreate.Outcome>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Callable<IdempotentCreate.Outcome> create = () -> {
                    start.await();
                    return diary.log(a, "key-concurrent", full(), true);
                };
                results.add(pool.submit(create));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<IdempotentCreate.Outcome> f : results) {
                ids.add(f.get().id());
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(episodes.count(a)).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from idempotency_key where account_id = ?").param(a.value())
                    .query(Integer.class).single()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyCreatesAtOnceAreEachStoredOnceWithTheirOwnContentAndARefusedOneTakesNoOtherDown() throws Exception {
        int clients = 12;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            diary.log(a, "key-taken-0", full(), true);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    start.await();
                    List<Long> ids = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        String key = "key-" + client + "-" + i;
                        Episode e = new Episode(AT.minusSeconds(60L * (client * each + i)), MOSCOW, Place.CALF, Side.LEFT,
                                i, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(key), Set.of());
                        ids.add(diary.log(client % 2 == 0 ? a : b, key, e, true).id());
                        if (i == each / 2 && client == 3) {
                            // the same key with another entry, in the middle of everyone else's saves
                            assertThatThrownBy(() -> diary.log(a, "key-taken-0", plain(AT), true))
                                    .isInstanceOf(IdempotentCreate.KeyReused.class);
                        }
                    }
                    return ids;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                List<Long> ids = results.get(c).get();
                all.addAll(ids);
                AccountId owner = c % 2 == 0 ? a : b;
                for (int i = 0; i < each; i++) {
                    assertThat(episodes.find(owner, ids.get(i)).orElseThrow().episode().notes())
                            .contains("key-" + c + "-" + i);
                }
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(clients * each);
            assertThat(episodes.count(a)).isEqualTo(clients / 2 * each + 1);
            assertThat(episodes.count(b)).isEqualTo(clients / 2 * each);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void retriesMadeAtOnceWithNewCreatesAnswerWithTheirFirstRowsAndStoreNothingMore() throws Exception {
        int clients = 12;
        Map<String, Long> first = new HashMap<>();
        for (int c = 0; c < clients; c++) {
            String key = "key-retry-" + c;
            first.put(key, diary.log(c % 2 == 0 ? a : b, key, entry(key), true).id());
        }
        long before = episodes.count(a) + episodes.count(b);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<IdempotentCreate.Outcome>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                AccountId owner = c % 2 == 0 ? a : b;
                results.add(pool.submit(() -> {
                    start.await();
                    List<IdempotentCreate.Outcome> outcomes = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        String retried = "key-retry-" + client;
                        outcomes.add(diary.log(owner, retried, entry(retried), true));
                        String fresh = "key-new-" + client + "-" + round;
                        outcomes.add(diary.log(owner, fresh, entry(fresh), true));
                    }
                    return outcomes;
                }));
            }
            start.countDown();
            for (int c = 0; c < clients; c++) {
                List<IdempotentCreate.Outcome> outcomes = results.get(c).get();
                for (int round = 0; round < 5; round++) {
                    assertThat(outcomes.get(2 * round)).as("retry %d of client %d", round, c)
                            .isEqualTo(new IdempotentCreate.Outcome(first.get("key-retry-" + c), true));
                    IdempotentCreate.Outcome fresh = outcomes.get(2 * round + 1);
                    assertThat(fresh.replayed()).isFalse();
                    assertThat(episodes.find(c % 2 == 0 ? a : b, fresh.id()).orElseThrow().episode().notes())
                            .contains("key-new-" + c + "-" + round);
                }
            }
            assertThat(episodes.count(a) + episodes.count(b)).isEqualTo(before + clients * 5L);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Episode entry(String note) {
        return new Episode(AT, MOSCOW, Place.CALF, Side.LEFT, 3, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(note), Set.of());
    }

    @Test
    void deletingTheAccountLeavesNoDiaryRowOfIt() {
        diary.log(a, "key-0000-4", full(), true);
        checkIns.insert(a, fullCheckIn(LocalDate.of(2026, 12, 1)), Instant.now());
        changes.insert(a, new Change("magnesium", LocalDate.of(2026, 12, 1), Optional.empty()), Instant.now());
        jdbc.sql("delete from account where id = ?").param(a.value()).update();
        for (String table : List.of("episode", "check_in", "diary_change", "idempotency_key")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where account_id = ?").param(a.value())
                    .query(Integer.class).single()).as(table).isZero();
        }
    }
}
