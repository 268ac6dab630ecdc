package org.safeguard.intake.store;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.safeguard.intake.ImportedIncident;
import org.safeguard.intake.OffenceGroup;
import org.safeguard.intake.PartyRole;
import org.safeguard.platform.CopyRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents and their parties written with COPY, on the connection of the current transaction. */
@Repository
public class IncidentBulkStore {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Imported incidents were typed in shortly after the call, not at import time. */
    private static final Duration TYPING_TIME = Duration.ofMinutes(4);

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public IncidentBulkStore(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * An incident to write, with what intake works out itself: the caller's phone as digits, the area
     * and the repeat flags (the incident's, and the victims who were each a repeat victim).
     */
    public record Row(ImportedIncident incident, String callerPhone, String area, boolean repeatVictim,
                      boolean specialistReview, java.util.Set<Long> repeatVictimIds) {
    }

    /** Writes the incidents and their parties; returns the new ids in the order given. */
    public long[] copy(List<Row> rows, String owningAgency) {
        long[] ids = reserve("intake.incident_id_seq", rows.size());
        long[] references = reserve("intake.incident_reference_seq", rows.size());
        CopyRows incidents = new CopyRows();
        CopyRows parties = new CopyRows();
        CopyRows offences = new CopyRows();
        for (int n = 0; n < rows.size(); n++) {
            Row row = rows.get(n);
            ImportedIncident i = row.incident();
            incidents.value(ids[n]).value(reference(i, references[n])).value(i.receivedAt()).value(i.channel().name())
                    .value(i.callerName()).value(row.callerPhone()).value(i.callerPhone()).value(i.location())
                    .value(i.addressId()).value(row.area())
                    .value(i.relationship() == null ? null : i.relationship().name())
                    .value(i.bothAged16OrOver()).value(i.personallyConnected()).value(i.domesticAbuse())
                    .value(i.childrenPresent()).value(i.childrenLiving())
                    .value(i.childAges().isEmpty() ? null
                            : i.childAges().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .value(i.weapon()).value(i.injury()).value(i.threatToLife()).value(i.grade().name())
                    .value(i.summary()).value(row.repeatVictim()).value(row.specialistReview())
                    .value(i.closedAt() == null ? "OPEN" : "CLOSED").value(i.recordedBy())
                    .value(i.receivedAt().plus(TYPING_TIME)).value(i.closedAt()).value(i.closedBy())
                    .value(owningAgency).endRow();
            for (ImportedIncident.Party p : i.parties()) {
                parties.value(ids[n]).value(p.personId()).value(p.role().name()).value(p.name())
                        .value(p.dateOfBirth()).value(p.phone())
                        .value(p.role() == PartyRole.VICTIM && row.repeatVictimIds().contains(p.personId())).endRow();
            }
            for (OffenceGroup offence : new java.util.LinkedHashSet<>(i.offences())) {
                offences.value(ids[n]).value(offence.name()).value(i.recordedBy()).value(i.receivedAt().plus(TYPING_TIME)).endRow();
            }
        }
        incidents.copyInto(dataSource, "COPY intake.incident (id, reference, received_at, channel, caller_name, "
                + "caller_phone, caller_phone_typed, location_typed, address_id, area, relationship, both_16_or_over, "
                + "personally_connected, domestic_abuse, children_present, children_living, child_ages, weapon, injury, "
                + "threat_to_life, grade, summary, repeat_victim, specialist_review, status, recorded_by, recorded_at, "
                + "closed_at, closed_by, owning_agency) FROM STDIN");
        parties.copyInto(dataSource, "COPY intake.party (incident_id, person_id, role, name_given, date_of_birth, "
                + "phone_typed, repeat_victim) FROM STDIN");
        if (!offences.isEmpty()) {
            offences.copyInto(dataSource, "COPY intake.offence (incident_id, offence_group, recorded_by, recorded_at) FROM STDIN");
        }
        return ids;
    }

    /** As a recorded incident's reference: {@code INC-<year received, London>-<number, 7 digits or more>}. */
    private static String reference(ImportedIncident incident, long number) {
        return String.format("INC-%d-%07d", incident.receivedAt().atZone(LONDON).getYear(), number);
    }

    private long[] reserve(String sequence, int count) {
        return jdbc.sql("SELECT nextval(CAST(:sequence AS regclass)) FROM generate_series(1, :count)")
                .param("sequence", sequence).param("count", count)
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
    }
}
