package org.safeguard.intake.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The skills register: DVERO training and its expiry, specialist, availability. */
@Repository
public class OfficerSkillStore {

    private final JdbcClient jdbc;

    public OfficerSkillStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Skill(long accountId, LocalDate dveroTrainedUntil, boolean specialist, boolean available, int version) {

        public static Skill none(long accountId) {
            return new Skill(accountId, null, false, true, -1);
        }
    }

    public Map<Long, Skill> all() {
        Map<Long, Skill> skills = new HashMap<>();
        jdbc.sql("SELECT account_id, dvero_trained_until, specialist, available, version FROM intake.officer_skill")
                .query(rs -> {
                    skills.put(rs.getLong(1), new Skill(rs.getLong(1),
                            rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(), rs.getBoolean(3), rs.getBoolean(4),
                            rs.getInt(5)));
                });
        return skills;
    }

    /** Saves the officer's skills; false when someone else changed them since version {@code seen} (-1: none yet). */
    public boolean save(long accountId, LocalDate dveroUntil, boolean specialist, boolean available, int seen) {
        if (seen < 0) {
            return jdbc.sql("INSERT INTO intake.officer_skill (account_id, dvero_trained_until, specialist, available) "
                            + "VALUES (:id, :until, :specialist, :available) ON CONFLICT (account_id) DO NOTHING")
                    .param("id", accountId).param("until", dveroUntil == null ? null : Date.valueOf(dveroUntil))
                    .param("specialist", specialist).param("available", available).update() == 1;
        }
        return jdbc.sql("UPDATE intake.officer_skill SET dvero_trained_until = :until, specialist = :specialist, "
                        + "available = :available, version = version + 1 WHERE account_id = :id AND version = :seen")
                .param("id", accountId).param("until", dveroUntil == null ? null : Date.valueOf(dveroUntil))
                .param("specialist", specialist).param("available", available).param("seen", seen).update() == 1;
    }
}
