package org.crampcare.app.diary;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.crampcare.app.account.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A cheap fingerprint of everything one account has logged: how many cramps, check-ins and changes, the highest id
 * and the latest update of each. Any create, edit or delete, by this instance or another on the same database, gives
 * a different version (a delete lowers a count, a create raises an id, an edit moves an update time), so what is
 * worked out from the whole diary can be kept until the version changes. One statement over the account's index.
 */
@Component
public class DiaryVersions {
    /** The fingerprint; compare with {@code equals}. */
    public record Version(long episodes, long lastEpisode, Optional<OffsetDateTime> episodeUpdated, long checkIns,
            long lastCheckIn, Optional<OffsetDateTime> checkInUpdated, long changes, long lastChange,
            Optional<OffsetDateTime> changeUpdated) {
    }

    private static final String SQL = """
            select (select count(*) from episode where account_id = :a),
                   (select coalesce(max(id), 0) from episode where account_id = :a),
                   (select max(updated_at) from episode where account_id = :a),
                   (select count(*) from check_in where account_id = :a),
                   (select coalesce(max(id), 0) from check_in where account_id = :a),
                   (select max(updated_at) from check_in where account_id = :a),
                   (select count(*) from diary_change where account_id = :a),
                   (select coalesce(max(id), 0) from diary_change where account_id = :a),
                   (select max(updated_at) from diary_change where account_id = :a)
            """;

    private final JdbcClient jdbc;

    DiaryVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Version of(AccountId owner) {
        return jdbc.sql(SQL).param("a", owner.value()).query((rs, n) -> new Version(rs.getLong(1), rs.getLong(2),
                Optional.ofNullable(rs.getObject(3, OffsetDateTime.class)), rs.getLong(4), rs.getLong(5),
                Optional.ofNullable(rs.getObject(6, OffsetDateTime.class)), rs.getLong(7), rs.getLong(8),
                Optional.ofNullable(rs.getObject(9, OffsetDateTime.class)))).single();
    }
}
