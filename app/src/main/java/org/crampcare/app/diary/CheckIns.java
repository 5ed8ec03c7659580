package org.crampcare.app.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crampcare.app.account.AccountId;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.Exertion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The daily check-ins, one per account and day (the unique constraint decides); every statement names its owner. */
@Repository
public class CheckIns {
    private static final String COLUMNS = "id, on_day, stretched_before_bed, exercise, hours_standing, water_litres, "
            + "alcohol_drinks, caffeine_drinks, magnesium, other_supplement, new_medicine, created_at, updated_at";

    private final JdbcClient jdbc;

    CheckIns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts; a second check-in for the same day fails with {@code DuplicateKeyException}. */
    public long insert(AccountId owner, CheckIn c, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into check_in (account_id, on_day, stretched_before_bed, exercise, hours_standing, water_litres, "
                        + "alcohol_drinks, caffeine_drinks, magnesium, other_supplement, new_medicine, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(owner.value(), c.day(), Sql.orNull(c.stretchedBeforeBed()), c.exercise().map(Enum::name).orElse(null),
                        Sql.orNull(c.hoursStanding()), Sql.orNull(c.waterLitres()), Sql.orNull(c.alcoholDrinks()),
                        Sql.orNull(c.caffeineDrinks()), Sql.orNull(c.magnesium()), Sql.orNull(c.otherSupplement()),
                        Sql.orNull(c.newMedicine()), Sql.timestamp(now), Sql.timestamp(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public Optional<StoredCheckIn> find(AccountId owner, long id) {
        return jdbc.sql("select " + COLUMNS + " from check_in where account_id = ? and id = ?")
                .params(owner.value(), id).query(CheckIns::row).optional();
    }

    public Optional<StoredCheckIn> onDay(AccountId owner, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from check_in where account_id = ? and on_day = ?")
                .params(owner.value(), day).query(CheckIns::row).optional();
    }

    /** The owner's check-ins from {@code from} to {@code to}, both inclusive, newest first. */
    public List<StoredCheckIn> between(AccountId owner, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " from check_in where account_id = ? and on_day >= ? and on_day <= ? "
                        + "order by on_day desc")
                .params(owner.value(), from, to).query(CheckIns::row).list();
    }

    public List<StoredCheckIn> all(AccountId owner) {
        return jdbc.sql("select " + COLUMNS + " from check_in where account_id = ? order by on_day")
                .param(owner.value()).query(CheckIns::row).list();
    }

    public boolean update(AccountId owner, long id, CheckIn c, Instant now) {
        return jdbc.sql("update check_in set on_day = ?, stretched_before_bed = ?, exercise = ?, hours_standing = ?, "
                        + "water_litres = ?, alcohol_drinks = ?, caffeine_drinks = ?, magnesium = ?, other_supplement = ?, "
                        + "new_medicine = ?, updated_at = ? where account_id = ? and id = ?")
                .params(c.day(), Sql.orNull(c.stretchedBeforeBed()), c.exercise().map(Enum::name).orElse(null),
                        Sql.orNull(c.hoursStanding()), Sql.orNull(c.waterLitres()), Sql.orNull(c.alcoholDrinks()),
                        Sql.orNull(c.caffeineDrinks()), Sql.orNull(c.magnesium()), Sql.orNull(c.otherSupplement()),
                        Sql.orNull(c.newMedicine()), Sql.timestamp(now), owner.value(), id)
                .update() == 1;
    }

    public boolean delete(AccountId owner, long id) {
        return jdbc.sql("delete from check_in where account_id = ? and id = ?").params(owner.value(), id).update() == 1;
    }

    private static StoredCheckIn row(ResultSet rs, int n) throws SQLException {
        CheckIn c = new CheckIn(Sql.date(rs, "on_day"), Sql.bool(rs, "stretched_before_bed"),
                Sql.text(rs, "exercise").map(Exertion::valueOf), Sql.decimal(rs, "hours_standing"),
                Sql.decimal(rs, "water_litres"), Sql.integer(rs, "alcohol_drinks"), Sql.integer(rs, "caffeine_drinks"),
                Sql.bool(rs, "magnesium"), Sql.text(rs, "other_supplement"), Sql.text(rs, "new_medicine"));
        return new StoredCheckIn(rs.getLong("id"), c, Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
