package org.crampcare.app.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.crampcare.app.account.AccountId;
import org.crampcare.diary.Change;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Episode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the diary's pages and API do to the stored rows: creates that a retry cannot repeat (an idempotency key on
 * each), and updates and deletes that name the owner. A row of another account is "not found", like a missing one.
 */
@Service
public class Diary {
    /** A check-in for this day exists already (one a day): change it instead. */
    static final class DayTaken extends RuntimeException {
        final long existing;

        DayTaken(long existing) {
            super("there is already a check-in for this day");
            this.existing = existing;
        }
    }

    private final Episodes episodes;
    private final CheckIns checkIns;
    private final Changes changes;
    private final IdempotentCreate creates;
    private final AccountZones zones;
    private final Clock clock;
    private final TransactionTemplate tx;
    /** Kept, not made for each create: creates that name the same inserts share one batch ({@link IdempotentCreate}). */
    private final IdempotentCreate.Inserts<Episodes.New> episodeInserts;
    private final IdempotentCreate.Inserts<NewCheckIn> checkInInserts;
    private final IdempotentCreate.Inserts<NewChange> changeInserts;

    private record NewCheckIn(AccountId owner, CheckIn checkIn) {
    }

    private record NewChange(AccountId owner, Change change) {
    }

    Diary(Episodes episodes, CheckIns checkIns, Changes changes, IdempotentCreate creates, AccountZones zones,
            Clock clock, PlatformTransactionManager transactions) {
        this.episodes = episodes;
        this.checkIns = checkIns;
        this.changes = changes;
        this.creates = creates;
        this.zones = zones;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.episodeInserts = episodes::insertAll;
        this.checkInInserts = IdempotentCreate.Inserts.oneByOne(r -> {
            Optional<StoredCheckIn> taken = checkIns.onDay(r.owner(), r.checkIn().day());
            if (taken.isPresent()) {
                throw new DayTaken(taken.get().id());
            }
            return checkIns.insert(r.owner(), r.checkIn(), now());
        });
        this.changeInserts = IdempotentCreate.Inserts.oneByOne(r -> changes.insert(r.owner(), r.change(), now()));
    }

    /** Now, to the microsecond: what the database keeps, so that a row written is the row read back. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Today in a zone. */
    LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    ZoneId zoneOf(AccountId owner) {
        return zones.of(owner);
    }

    Episodes episodes() {
        return episodes;
    }

    CheckIns checkIns() {
        return checkIns;
    }

    Changes changes() {
        return changes;
    }

    /** Logs a cramp once per key; {@code strict}: the same key with another content is {@link IdempotentCreate.KeyReused}. */
    IdempotentCreate.Outcome log(AccountId owner, String key, Episode episode, boolean strict) {
        return log(owner, key, episode, strict, now());
    }

    /** A logged cramp as stored, or empty when the key's row has been deleted since. */
    record Logged(IdempotentCreate.Outcome outcome, Optional<StoredEpisode> entry) {
    }

    /**
     * As {@link #log}, with the entry as stored: a new one is what was written (no need to read it back), one that
     * an earlier request with the key made is read.
     */
    Logged logAndShow(AccountId owner, String key, Episode episode) {
        Instant now = now();
        IdempotentCreate.Outcome outcome = log(owner, key, episode, true, now);
        return new Logged(outcome, outcome.replayed() ? episodes.find(owner, outcome.id())
                : Optional.of(new StoredEpisode(outcome.id(), episode, now, now)));
    }

    private IdempotentCreate.Outcome log(AccountId owner, String key, Episode episode, boolean strict, Instant now) {
        return creates.create(owner, key, Resource.EPISODE, DiaryJson.fingerprint(DiaryJson.body(episode)), strict,
                episodeInserts, new Episodes.New(owner, episode, now));
    }

    IdempotentCreate.Outcome addCheckIn(AccountId owner, String key, CheckIn checkIn) {
        return creates.create(owner, key, Resource.CHECK_IN, DiaryJson.fingerprint(DiaryJson.body(checkIn)), true,
                checkInInserts, new NewCheckIn(owner, checkIn));
    }

    /**
     * The page's check-in: the day's factors as the form shows them, whether the day had a check-in or not. Two saves
     * of a new day at once: the unique constraint lets one insert and the other, on its retry, updates.
     */
    long saveCheckIn(AccountId owner, CheckIn checkIn) {
        for (int attempt = 0; ; attempt++) {
            try {
                return tx.execute(status -> {
                    Optional<StoredCheckIn> existing = checkIns.onDay(owner, checkIn.day());
                    if (existing.isPresent()) {
                        checkIns.update(owner, existing.get().id(), checkIn, now());
                        return existing.get().id();
                    }
                    return checkIns.insert(owner, checkIn, now());
                });
            } catch (DuplicateKeyException e) {
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    IdempotentCreate.Outcome addChange(AccountId owner, String key, Change change) {
        return creates.create(owner, key, Resource.CHANGE, DiaryJson.fingerprint(DiaryJson.body(change)), true,
                changeInserts, new NewChange(owner, change));
    }

    boolean updateEpisode(AccountId owner, long id, Episode episode) {
        return episodes.update(owner, id, episode, now());
    }

    /** Changes a check-in; moving it onto a day that has one is {@link DayTaken}. */
    boolean updateCheckIn(AccountId owner, long id, CheckIn checkIn) {
        Optional<StoredCheckIn> other = checkIns.onDay(owner, checkIn.day());
        if (other.isPresent() && other.get().id() != id) {
            throw new DayTaken(other.get().id());
        }
        try {
            return checkIns.update(owner, id, checkIn, now());
        } catch (DuplicateKeyException e) {
            throw new DayTaken(checkIns.onDay(owner, checkIn.day()).map(StoredCheckIn::id).orElse(0L));
        }
    }

    boolean updateChange(AccountId owner, long id, Change change) {
        return changes.update(owner, id, change, now());
    }
}
