package org.safeguard.access.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Time-limited access a reader holds to a person's records: a granted request or an open break-glass. */
@Repository
public class GrantStore {

    private final JdbcClient jdbc;

    public GrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Until when the reader's latest grant for any of these person records lasts, if one lasts beyond now. */
    public Optional<Instant> grantedUntil(Collection<Long> personIds, String username, Instant now) {
        return latest("SELECT max(granted_until) FROM access.access_request WHERE status = 'GRANTED' "
                + "AND lower(requested_by) = lower(:username) AND person_id = ANY(:ids) AND granted_until > :now",
                personIds, username, now);
    }

    /** Until when the reader's latest break-glass on any of these person records stays open, if beyond now. */
    public Optional<Instant> breakGlassUntil(Collection<Long> personIds, String username, Instant now) {
        return latest("SELECT max(until) FROM access.break_glass WHERE lower(opened_by) = lower(:username) "
                + "AND person_id = ANY(:ids) AND until > :now", personIds, username, now);
    }

    private Optional<Instant> latest(String sql, Collection<Long> personIds, String username, Instant now) {
        if (personIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(sql).param("username", username).param("ids", RestrictionStore.ids(personIds))
                .param("now", Timestamp.from(now)).query(Timestamp.class).list().stream()
                .filter(Objects::nonNull).findFirst().map(Timestamp::toInstant);
    }
}
