package org.crampcare.app.diary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.crampcare.app.account.AccountId;
import org.crampcare.diary.Episode;
import org.crampcare.diary.Place;
import org.crampcare.diary.RedFlag;
import org.crampcare.diary.Side;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The logged cramps. Plain SQL through {@link JdbcClient} rather than Spring Data repositories: every statement
 * names its owner ({@code account_id = ?}) in the SQL itself, so there is no inherited {@code findById} that could
 * forget it, and a row of another account is, to the caller, exactly a row that does not exist.
 */
@Repository
public class Episodes {
    private static final String COLUMNS = "id, occurred_at, zone_id, place, side, pain, duration_seconds, woke_me, "
            + "helped, notes, red_flags, created_at, updated_at";

    private static final String INSERT = "insert into episode (account_id, occurred_at, zone_id, place, side, pain, "
            + "duration_seconds, woke_me, helped, notes, red_flags, created_at, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    Episodes(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** A cramp to store for its owner, written at {@code now}. */
    record New(AccountId owner, Episode episode, Instant now) {
    }

    public long insert(AccountId owner, Episode e, Instant now) {
        return insertAll(List.of(new New(owner, e, now)))[0];
    }

    /**
     * Stores the cramps in one JDBC batch (on PostgreSQL the statements go in one round trip, not one each) and
     * returns their new ids in order.
     */
    long[] insertAll(List<New> rows) {
        var keys = new GeneratedKeyHolder();
        batches.batchUpdate(connection -> connection.prepareStatement(INSERT, new String[] { "id" }),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        New row = rows.get(i);
                        Episode e = row.episode();
                        Object[] values = { row.owner().value(), Sql.timestamp(e.at()), e.zone().getId(),
                            e.place().name(), e.side().name(), e.pain(),
                            e.duration().map(Duration::toSeconds).map(Math::toIntExact).orElse(null),
                            Sql.orNull(e.wokeMe()), Sql.orNull(e.helped()), Sql.orNull(e.notes()), flags(e.redFlags()),
                            Sql.timestamp(row.now()), Sql.timestamp(row.now()) };
                        new ArgumentPreparedStatementSetter(values).setValues(ps);
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                }, keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        if (ids.size() != rows.size()) {
            throw new IllegalStateException(ids.size() + " ids for " + rows.size() + " new cramps");
        }
        return ids.stream().mapToLong(k -> ((Number) k.values().iterator().next()).longValue()).toArray();
    }

    public Optional<StoredEpisode> find(AccountId owner, long id) {
        return jdbc.sql("select " + COLUMNS + " from episode where account_id = ? and id = ?")
                .params(owner.value(), id).query(Episodes::row).optional();
    }

    /** The owner's cramps from {@code from} (inclusive) to {@code to} (exclusive), newest first. */
    public List<StoredEpisode> between(AccountId owner, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from episode where account_id = ? and occurred_at >= ? and occurred_at < ? "
                        + "order by occurred_at desc, id desc")
                .params(owner.value(), Sql.timestamp(from), Sql.timestamp(to)).query(Episodes::row).list();
    }

    /** Every cramp of the owner, oldest first. */
    public List<StoredEpisode> all(AccountId owner) {
        return jdbc.sql("select " + COLUMNS + " from episode where account_id = ? order by occurred_at, id")
                .param(owner.value()).query(Episodes::row).list();
    }

    /** The most recently logged cramp (by when it happened). */
    public Optional<StoredEpisode> latest(AccountId owner) {
        return jdbc.sql("select " + COLUMNS + " from episode where account_id = ? order by occurred_at desc, id desc "
                        + "fetch first 1 rows only")
                .param(owner.value()).query(Episodes::row).optional();
    }

    /** When the latest cramp before {@code before} happened, if there is one. */
    public Optional<StoredEpisode> latestBefore(AccountId owner, Instant before) {
        return jdbc.sql("select " + COLUMNS + " from episode where account_id = ? and occurred_at < ? "
                        + "order by occurred_at desc, id desc fetch first 1 rows only")
                .params(owner.value(), Sql.timestamp(before)).query(Episodes::row).optional();
    }

    public boolean update(AccountId owner, long id, Episode e, Instant now) {
        return jdbc.sql("update episode set occurred_at = ?, zone_id = ?, place = ?, side = ?, pain = ?, "
                        + "duration_seconds = ?, woke_me = ?, helped = ?, notes = ?, red_flags = ?, updated_at = ? "
                        + "where account_id = ? and id = ?")
                .params(Sql.timestamp(e.at()), e.zone().getId(), e.place().name(), e.side().name(), e.pain(),
                        e.duration().map(Duration::toSeconds).map(Math::toIntExact).orElse(null),
                        Sql.orNull(e.wokeMe()), Sql.orNull(e.helped()), Sql.orNull(e.notes()), flags(e.redFlags()),
                        Sql.timestamp(now), owner.value(), id)
                .update() == 1;
    }

    public boolean delete(AccountId owner, long id) {
        return jdbc.sql("delete from episode where account_id = ? and id = ?").params(owner.value(), id).update() == 1;
    }

    public int count(AccountId owner) {
        return jdbc.sql("select count(*) from episode where account_id = ?").param(owner.value()).query(Integer.class)
                .single();
    }

    static String flags(Set<RedFlag> flags) {
        return flags.stream().sorted().map(RedFlag::name).collect(Collectors.joining(","));
    }

    static Set<RedFlag> flags(String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        EnumSet<RedFlag> out = EnumSet.noneOf(RedFlag.class);
        Arrays.stream(text.split(",")).map(RedFlag::valueOf).forEach(out::add);
        return out;
    }

    private static StoredEpisode row(ResultSet rs, int n) throws SQLException {
        var duration = Sql.integer(rs, "duration_seconds");
        Episode e = new Episode(Sql.instant(rs, "occurred_at"), ZoneId.of(rs.getString("zone_id")),
                Place.valueOf(rs.getString("place")), Side.valueOf(rs.getString("side")), rs.getInt("pain"),
                duration.isPresent() ? Optional.of(Duration.ofSeconds(duration.getAsInt())) : Optional.empty(),
                Sql.bool(rs, "woke_me"), Sql.text(rs, "helped"), Sql.text(rs, "notes"), flags(rs.getString("red_flags")));
        return new StoredEpisode(rs.getLong("id"), e, Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }
}
