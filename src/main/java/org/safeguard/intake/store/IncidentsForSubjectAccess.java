package org.safeguard.intake.store;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.safeguard.access.RecordAccess;
import org.safeguard.access.Restriction;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.SubjectAccessSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Intake's part of a subject-access export: each incident the person is a party to, with their role in it. An
 * incident at a confidential address, or with another party who has one (the victim of the person asking may live in
 * a refuge), is exported without its location or summary: the export must never carry a refuge address to the person
 * it protects someone from.
 */
@Component
class IncidentsForSubjectAccess implements SubjectAccessSection {

    private static final String WITHHELD_SUMMARY = "Withheld: it may name a confidential address";

    private final JdbcClient jdbc;
    private final PersonRecords people;
    private final RecordAccess access;

    IncidentsForSubjectAccess(JdbcClient jdbc, PersonRecords people, RecordAccess access) {
        this.jdbc = jdbc;
        this.people = people;
        this.access = access;
    }

    private record Row(long id, String reference, Timestamp receivedAt, String role, String name, String channel,
                       String location, String summary, String status, String agency, Long addressId, List<Long> others) {
    }

    @Override
    public String title() {
        return "Incidents";
    }

    @Override
    public Held heldAbout(Subject subject) {
        List<Row> found = jdbc.sql("SELECT i.id, i.reference, i.received_at, p.role, p.name_given, i.channel, "
                        + "i.location_typed, i.summary, i.status, i.owning_agency, i.address_id, "
                        + "ARRAY(SELECT q.person_id FROM intake.party q WHERE q.incident_id = i.id "
                        + "AND q.person_id IS NOT NULL AND q.person_id <> ALL(:ids)) AS others "
                        + "FROM intake.party p JOIN intake.incident i ON i.id = p.incident_id WHERE p.person_id = ANY(:ids) "
                        + "ORDER BY i.received_at, i.id")
                .param("ids", subject.ids())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), (Long) rs.getObject(11), ids(rs.getArray(12))))
                .list();
        Set<Long> withheldAddresses = people.withheldAddresses(found.stream().map(Row::addressId)
                .filter(java.util.Objects::nonNull).toList());
        Set<Long> othersWithConfidentialAddress = new HashSet<>();
        access.restrictionsOf(found.stream().flatMap(row -> row.others().stream()).distinct().toList())
                .forEach((person, kinds) -> {
                    if (kinds.contains(Restriction.CONFIDENTIAL_ADDRESS)) {
                        othersWithConfidentialAddress.add(person);
                    }
                });
        List<List<String>> rows = found.stream().map(row -> {
            boolean nearConfidential = withheldAddresses.contains(row.addressId())
                    || row.others().stream().anyMatch(othersWithConfidentialAddress::contains);
            return Table.cells(row.id(), row.reference(), row.receivedAt(), row.role(), row.name(), row.channel(),
                    nearConfidential ? SubjectAccessSection.Subject.WITHHELD : subject.place(row.location()),
                    nearConfidential ? WITHHELD_SUMMARY : row.summary(), row.status(), row.agency());
        }).toList();
        return new Held(List.of(new Table("Incidents as a party", List.of("Incident", "Reference", "When", "Role",
                        "Name given", "Channel", "Location", "Summary", "Status", "Owning agency"), rows)),
                AuditSubject.firstColumnOf("incident", rows));
    }

    private static List<Long> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Long[]) array.getArray()).toList();
    }
}
