package org.safeguard.intake.store;

import java.util.List;

import javax.sql.DataSource;

import org.safeguard.intake.Attendance;
import org.safeguard.intake.ImportedResponse;
import org.safeguard.platform.CopyRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attendances and crime outcomes of incidents already stored, written with COPY on the connection of the current
 * transaction. Outcomes go through a temporary table into the offences they belong to, in one UPDATE.
 */
@Repository
public class ResponseBulkStore {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public ResponseBulkStore(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Writes the attendances; an incident that already has one is refused by the table's key. */
    public int copyAttendances(List<ImportedResponse> responses) {
        CopyRows rows = new CopyRows();
        int count = 0;
        for (ImportedResponse response : responses) {
            Attendance a = response.attendance();
            if (a == null) {
                continue;
            }
            rows.value(response.incidentId()).value(a.arrivedAt()).value(a.officersAttending()).value(a.bodyWornVideo())
                    .value(a.offenceDisclosed()).value(a.arrest()).value(a.dvpn()).value(a.referral())
                    .value(a.safetyAdvice()).value(a.noArrestReason()).value(a.recordedBy())
                    .value(response.attendanceRecordedAt()).endRow();
            count++;
        }
        rows.copyInto(dataSource, "COPY intake.attendance (incident_id, arrived_at, officers_attending, body_worn_video, "
                + "offence_disclosed, arrest, dvpn, referral, safety_advice, no_arrest_reason, recorded_by, recorded_at) "
                + "FROM STDIN");
        return count;
    }

    /**
     * Gives the offences their outcomes; returns how many offences were found to take one (fewer than given when
     * an outcome names an offence not recorded on its incident).
     */
    public int copyOutcomes(List<ImportedResponse> responses) {
        CopyRows rows = new CopyRows();
        for (ImportedResponse response : responses) {
            for (ImportedResponse.Outcome o : response.outcomes()) {
                rows.value(response.incidentId()).value(o.offence().name()).value(o.outcome().name())
                        .value(o.recordedAt()).value(o.recordedBy()).endRow();
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        jdbc.sql("CREATE TEMPORARY TABLE imported_outcome (incident_id bigint, offence_group varchar(40), "
                + "outcome varchar(60), recorded_at timestamptz, recorded_by varchar(100)) ON COMMIT DROP").update();
        rows.copyInto(dataSource, "COPY imported_outcome (incident_id, offence_group, outcome, recorded_at, recorded_by) "
                + "FROM STDIN");
        int updated = jdbc.sql("UPDATE intake.offence o SET outcome = i.outcome, outcome_recorded_at = i.recorded_at, "
                + "outcome_recorded_by = i.recorded_by FROM imported_outcome i "
                + "WHERE o.incident_id = i.incident_id AND o.offence_group = i.offence_group").update();
        jdbc.sql("DROP TABLE imported_outcome").update();
        return updated;
    }
}
