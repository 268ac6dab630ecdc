package org.safeguard.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Access the owner of a person's record has granted a member of staff (an answered access request), for tests whose
 * story has a reader working with a victim without another relationship to them.
 */
@Component
public class Grants {

    private final JdbcClient jdbc;

    Grants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reader may see the person's records for the next hour, as if their request had been granted. */
    public void grant(String username, long personId) {
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO access.access_request (record_type, person_id, requested_by, requester_agency, reason, "
                        + "requested_at, sent_to, status, decided_by, decided_at, granted_until, owning_agency) VALUES "
                        + "('CASE', :person, :user, 'TEST', 'Working with the victim', :at, 'owner', 'GRANTED', 'owner', "
                        + ":at, :until, 'POLICE')")
                .param("person", personId).param("user", username).param("at", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(Duration.ofHours(1)))).update();
    }
}
