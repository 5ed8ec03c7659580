package org.crampcare.app.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crampcare.app.account.AccountId;
import org.crampcare.diary.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The dated changes a person made; every statement names its owner. */
@Repository
public class Changes {
    private static final String COLUMNS = "id, description, started_on, ended_on, created_at, updated_at";

    private final JdbcClient jdbc;

    Changes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(AccountId owner, Change c, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into diary_change (account_id, description, started_on, ended_on, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(owner.value(), c.description(), c.started(), Sql.orNull(c.ended()), Sql.timestamp(now),
                        Sql.timestamp(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public Optional<StoredChange> find(AccountId owner, long id) {
        return jdbc.sql("select " + COLUMNS + " from diary_change where account_id = ? and id = ?")
                .params(owner.value(), id).query(Changes::row).optional();
    }

    /** The changes that were in effect at some time from {@code from} to {@code to} (inclusive), latest start first. */
    public List<StoredChange> between(AccountId owner, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " from diary_change where account_id = ? and started_on <= ? "
                        + "and (ended_on is null or ended_on >= ?) order by started_on desc, id desc")
                .params(owner.value(), to, from).query(Changes::row).list();
    }

    /** Every change, latest start first. */
    public List<StoredChange> all(AccountId owner) {
        return jdbc.sql("select " + COLUMNS + " from diary_change where account_id = ? order by started_on desc, id desc")
                .param(owner.value()).query(Changes::row).list();
    }

    public boolean update(AccountId owner, long id, Change c, Instant now) {
        return jdbc.sql("update diary_change set description = ?, started_on = ?, ended_on = ?, updated_at = ? "
                        + "where account_id = ? and id = ?")
                .params(c.description(), c.started(), Sql.orNull(c.ended()), Sql.timestamp(now), owner.value(), id)
                .update() == 1;
    }

    public boolean delete(AccountId owner, long id) {
        return jdbc.sql("delete from diary_change where account_id = ? and id = ?").params(owner.value(), id)
                .update() == 1;
    }

    private static StoredChange row(ResultSet rs, int n) throws SQLException {
        Change c = new Change(rs.getString("description"), Sql.date(rs, "started_on"), Sql.optionalDate(rs, "ended_on"));
        return new StoredChange(rs.getLong("id"), c, Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
