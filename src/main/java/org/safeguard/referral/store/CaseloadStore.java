package org.safeguard.referral.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Services' caseloads counted for the dashboard: referrals accepted and not closed, and referrals made to a service in
 * a period. Each count reads an index of the service's rows only (V19).
 */
@Repository
public class CaseloadStore {

    private final JdbcClient jdbc;

    public CaseloadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Service id to the referrals it has accepted and not closed; a service with none is left out. */
    public Map<Long, Long> accepted(Collection<Long> serviceIds) {
        return counts(jdbc.sql("SELECT service_id, count(*) FROM referral.referral WHERE status = 'ACCEPTED' "
                        + "AND service_id = ANY(:ids) GROUP BY service_id")
                .param("ids", serviceIds.toArray(Long[]::new)));
    }

    /** Service id to the referrals made to it from {@code from} until (not including) {@code to}, whatever became of them. */
    public Map<Long, Long> madeTo(Collection<Long> serviceIds, Instant from, Instant to) {
        return counts(jdbc.sql("SELECT service_id, count(*) FROM referral.referral WHERE service_id = ANY(:ids) "
                        + "AND made_at >= :from AND made_at < :to GROUP BY service_id")
                .param("ids", serviceIds.toArray(Long[]::new)).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)));
    }

    private static Map<Long, Long> counts(JdbcClient.StatementSpec query) {
        Map<Long, Long> counts = new HashMap<>();
        query.query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }
}
