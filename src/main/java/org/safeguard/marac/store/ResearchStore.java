package org.safeguard.marac.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.safeguard.marac.NewResearch;
import org.safeguard.marac.Research;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each agency's research on a case: one return per agency per case, replaced on the version read. */
@Repository
public class ResearchStore {

    private static final String RESEARCH = "SELECT case_id, agency_code, holds_information, about_victim, about_children, "
            + "about_perpetrator, returned_by, returned_at, version FROM marac.research ";

    private final JdbcClient jdbc;

    public ResearchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Research> forCase(long caseId) {
        return jdbc.sql(RESEARCH + "WHERE case_id = ? ORDER BY agency_code").param(caseId).query(ResearchStore::research).list();
    }

    public List<Research> forCases(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RESEARCH + "WHERE case_id = ANY(?) ORDER BY case_id, agency_code")
                .param(caseIds.toArray(Long[]::new)).query(ResearchStore::research).list();
    }

    /** The agency's first return; false when it has returned one meanwhile. */
    public boolean insert(long caseId, String agencyCode, NewResearch typed, String by, Instant at) {
        return jdbc.sql("INSERT INTO marac.research (case_id, agency_code, holds_information, about_victim, about_children, "
                        + "about_perpetrator, returned_by, returned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (case_id, agency_code) DO NOTHING")
                .params(caseId, agencyCode, typed.holdsInformation(), typed.aboutVictim(), typed.aboutChildren(),
                        typed.aboutPerpetrator(), by, Timestamp.from(at))
                .update() == 1;
    }

    /** Replaces the agency's return on the version read. */
    public boolean replace(long caseId, String agencyCode, NewResearch typed, String by, Instant at) {
        return jdbc.sql("UPDATE marac.research SET holds_information = ?, about_victim = ?, about_children = ?, "
                        + "about_perpetrator = ?, returned_by = ?, returned_at = ?, version = version + 1 "
                        + "WHERE case_id = ? AND agency_code = ? AND version = ?")
                .params(typed.holdsInformation(), typed.aboutVictim(), typed.aboutChildren(), typed.aboutPerpetrator(), by,
                        Timestamp.from(at), caseId, agencyCode, typed.version())
                .update() == 1;
    }

    private static Research research(ResultSet rs, int row) throws SQLException {
        return new Research(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), HearingStore.instant(rs, 8), rs.getInt(9));
    }
}
