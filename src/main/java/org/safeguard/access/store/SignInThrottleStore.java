package org.safeguard.access.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.safeguard.access.rules.SignInThrottle;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-in counts per typed username. */
@Repository
public class SignInThrottleStore {

    private static final RowMapper<SignInThrottle.State> STATE = (rs, n) -> new SignInThrottle.State(
            rs.getInt("failures"), rs.getTimestamp("first_failure_at").toInstant(),
            rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant());

    private final JdbcClient jdbc;

    public SignInThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SignInThrottle.State> find(String key) {
        return jdbc.sql("SELECT failures, first_failure_at, locked_until FROM access.sign_in_throttle "
                        + "WHERE username_key = :key")
                .param("key", key)
                .query(STATE)
                .optional();
    }

    /**
     * Reads the state (no failures yet: a count of 0) and locks its row until the transaction ends,
     * so concurrent failures all count.
     */
    public SignInThrottle.State findForUpdate(String key, Instant now) {
        jdbc.sql("INSERT INTO access.sign_in_throttle (username_key, failures, first_failure_at) "
                        + "VALUES (:key, 0, :now) ON CONFLICT (username_key) DO NOTHING")
                .param("key", key).param("now", Timestamp.from(now)).update();
        return jdbc.sql("SELECT failures, first_failure_at, locked_until FROM access.sign_in_throttle "
                        + "WHERE username_key = :key FOR UPDATE")
                .param("key", key)
                .query(STATE)
                .single();
    }

    public void save(String key, SignInThrottle.State state) {
        jdbc.sql("UPDATE access.sign_in_throttle SET failures = :failures, first_failure_at = :first, "
                        + "locked_until = :lockedUntil WHERE username_key = :key")
                .param("key", key).param("failures", state.failures())
                .param("first", Timestamp.from(state.firstFailureAt()))
                .param("lockedUntil", state.lockedUntil() == null ? null : Timestamp.from(state.lockedUntil()))
                .update();
    }

    public void clear(String key) {
        jdbc.sql("DELETE FROM access.sign_in_throttle WHERE username_key = :key").param("key", key).update();
    }
}
