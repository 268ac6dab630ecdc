package org.safeguard.intake.store;

import java.util.List;

import org.safeguard.identity.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Intake's part of a subject-access export: each incident the person is a party to, with their role in it. */
@Component
class IncidentsForSubjectAccess implements SubjectAccessSection {

    private final JdbcClient jdbc;

    IncidentsForSubjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String title() {
        return "Incidents";
    }

    @Override
    public Held heldAbout(Subject subject) {
        List<List<String>> rows = jdbc.sql("SELECT i.id, i.reference, i.received_at, p.role, p.name_given, i.channel, "
                        + "i.location_typed, i.summary, i.status, i.owning_agency FROM intake.party p "
                        + "JOIN intake.incident i ON i.id = p.incident_id WHERE p.person_id = ANY(:ids) "
                        + "ORDER BY i.received_at, i.id")
                .param("ids", subject.ids())
                .query((rs, n) -> Table.cells(rs.getLong(1), rs.getString(2), rs.getTimestamp(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), subject.place(rs.getString(7)), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .list();
        return new Held(List.of(new Table("Incidents as a party", List.of("Incident", "Reference", "When", "Role",
                        "Name given", "Channel", "Location", "Summary", "Status", "Owning agency"), rows)),
                AuditSubject.firstColumnOf("incident", rows));
    }
}
