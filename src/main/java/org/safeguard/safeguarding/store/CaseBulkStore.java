package org.safeguard.safeguarding.store;

import java.util.List;
import javax.sql.DataSource;
import org.safeguard.platform.CopyRows;
import org.safeguard.safeguarding.ImportedCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Victims' cases with their SPOC history, incidents, contacts and tasks written with COPY, on the
 * connection of the current transaction. The cases' ids are reserved from their sequence first, so the
 * rows that point at them can be written in the same pass; the other rows take theirs from the column
 * defaults.
 */
@Repository
public class CaseBulkStore {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public CaseBulkStore(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Writes the cases (already checked) and returns their ids in the order given. */
    public long[] copy(List<ImportedCase> imported) {
        long[] ids = jdbc.sql("SELECT nextval('safeguarding.victim_case_id_seq') FROM generate_series(1, :count)")
                .param("count", imported.size()).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        CopyRows cases = new CopyRows();
        CopyRows changes = new CopyRows();
        CopyRows incidents = new CopyRows();
        CopyRows contacts = new CopyRows();
        CopyRows tasks = new CopyRows();
        for (int n = 0; n < imported.size(); n++) {
            ImportedCase c = imported.get(n);
            ImportedCase.SpocEntry spoc = c.spoc();
            cases.value(ids[n]).value(c.victimId()).value(c.victimName()).value(c.open() ? "OPEN" : "CLOSED")
                    .value(c.openedAt()).value(c.closedAt()).value(c.closedBy()).value(c.closedReason()).value(c.area())
                    .value(c.riskLevel() == null ? null : c.riskLevel().name()).value(c.riskAssessedAt())
                    .value(spoc.username()).value(spoc.name()).value(spoc.team()).value(spoc.contactRoute())
                    .value(spoc.since()).value(c.open() && spoc.awaitingHandover()).value(c.owningAgency()).endRow();
            String from = null;
            for (ImportedCase.SpocEntry entry : c.spocHistory()) {
                changes.value(ids[n]).value(from).value(entry.username()).value(entry.name()).value(entry.changedBy())
                        .value(entry.since()).value(entry.reason()).value(entry.handoverNote()).value(entry.automatic())
                        .endRow();
                from = entry.username();
            }
            for (ImportedCase.LinkedIncident incident : c.incidents()) {
                incidents.value(ids[n]).value(incident.incidentId()).value(incident.receivedAt()).endRow();
            }
            for (ImportedCase.Contact contact : c.contacts()) {
                contacts.value(ids[n]).value(contact.madeBy()).value(contact.madeByName()).value(contact.agency())
                        .value(contact.contactedAt()).value(contact.channel().name()).value(contact.purpose())
                        .value(contact.outcome()).value(contact.recordedAt()).value(contact.owningAgency()).endRow();
            }
            for (ImportedCase.Task task : c.tasks()) {
                ImportedCase.Done done = task.done();
                tasks.value(ids[n]).value(task.kind().name()).value(task.title()).value(task.owner())
                        .value(task.ownerTeam()).value(task.dueAt()).value(done == null ? "OPEN" : "DONE")
                        .value(task.createdAt()).value(task.createdBy()).value(done == null ? null : done.doneAt())
                        .value(done == null ? null : done.doneBy()).value(done == null ? null : done.outcome()).endRow();
            }
        }
        cases.copyInto(dataSource, "COPY safeguarding.victim_case (id, victim_id, victim_name, status, opened_at, "
                + "closed_at, closed_by, closed_reason, area, risk_level, risk_assessed_at, spoc_username, spoc_name, "
                + "spoc_team, spoc_contact, spoc_since, awaiting_handover, owning_agency) FROM STDIN");
        changes.copyInto(dataSource, "COPY safeguarding.spoc_change (case_id, from_username, to_username, to_name, "
                + "changed_by, changed_at, reason, handover_note, automatic) FROM STDIN");
        incidents.copyInto(dataSource, "COPY safeguarding.case_incident (case_id, incident_id, received_at) FROM STDIN");
        contacts.copyInto(dataSource, "COPY safeguarding.contact (case_id, made_by, made_by_name, agency, contacted_at, "
                + "channel, purpose, outcome, recorded_at, owning_agency) FROM STDIN");
        tasks.copyInto(dataSource, "COPY safeguarding.task (case_id, kind, title, owner, owner_team, due_at, status, "
                + "created_at, created_by, done_at, done_by, outcome) FROM STDIN");
        return ids;
    }
}
