package org.safeguard.intake.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguard.intake.Incident;
import org.safeguard.intake.OffenceGroup;
import org.safeguard.intake.PartyRole;
import org.safeguard.intake.Relationship;
import org.safeguard.intake.SuspectIncident;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history panel's reads. Every query goes through an index (caller phone, address, party person)
 * and returns ids and times only; the incidents are then loaded in one go.
 */
@Repository
public class HistoryStore {

    private final JdbcClient jdbc;

    public HistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Bounds every statement in the current transaction: a lookup that takes longer fails rather than
     * holding up the operator or the saving of an incident.
     */
    public void limitStatementTime(java.time.Duration limit) {
        jdbc.sql("SELECT set_config('statement_timeout', :ms, true)")
                .param("ms", Long.toString(limit.toMillis())).query(String.class).single();
    }

    /** An incident found, newest first, with the time used to order it. */
    public record Hit(long incidentId, Instant receivedAt) {
    }

    public List<Hit> byCallerPhone(String normalisedPhone, int limit) {
        return jdbc.sql("SELECT id, received_at FROM intake.incident WHERE caller_phone = :phone "
                        + "ORDER BY received_at DESC LIMIT :limit")
                .param("phone", normalisedPhone).param("limit", limit)
                .query((rs, n) -> new Hit(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
    }

    /** An incident found at one of the addresses searched, newest first. */
    public record AddressHit(long incidentId, long addressId, Instant receivedAt) {
    }

    /** Incidents at the addresses, each with the address it is at. */
    public List<AddressHit> byAddresses(Collection<Long> addressIds, int limit) {
        if (addressIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, address_id, received_at FROM intake.incident WHERE address_id = ANY(:ids) "
                        + "ORDER BY received_at DESC LIMIT :limit")
                .param("ids", ids(addressIds)).param("limit", limit)
                .query((rs, n) -> new AddressHit(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant())).list();
    }

    public List<Hit> byPeople(Collection<Long> personIds, int limit) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT p.incident_id, i.received_at FROM intake.party p JOIN intake.incident i ON i.id = p.incident_id "
                        + "WHERE p.person_id = ANY(:ids) GROUP BY p.incident_id, i.received_at "
                        + "ORDER BY i.received_at DESC LIMIT :limit")
                .param("ids", ids(personIds)).param("limit", limit)
                .query((rs, n) -> new Hit(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
    }

    /**
     * For each person: when they were the victim of a domestic abuse incident since {@code since},
     * leaving out {@code excludeIncidentId} (the incident being recorded; null for none).
     */
    public Map<Long, List<Instant>> victimIncidentTimes(Collection<Long> personIds, Instant since, Long excludeIncidentId) {
        Map<Long, List<Instant>> times = new HashMap<>();
        if (personIds.isEmpty()) {
            return times;
        }
        jdbc.sql("SELECT p.person_id, i.received_at FROM intake.party p JOIN intake.incident i ON i.id = p.incident_id "
                        + "WHERE p.person_id = ANY(:ids) AND p.role = 'VICTIM' AND i.domestic_abuse AND i.received_at >= :since "
                        + "AND (CAST(:exclude AS bigint) IS NULL OR i.id <> :exclude)")
                .param("ids", ids(personIds)).param("since", Timestamp.from(since)).param("exclude", excludeIncidentId)
                .query(rs -> {
                    times.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getTimestamp(2).toInstant());
                });
        return times;
    }

    /** The incidents the person is a suspect in, newest first. */
    public List<Long> suspectIncidents(long personId, int limit) {
        return jdbc.sql("SELECT p.incident_id FROM intake.party p JOIN intake.incident i ON i.id = p.incident_id "
                        + "WHERE p.person_id = :person AND p.role = 'SUSPECT' ORDER BY i.received_at DESC LIMIT :limit")
                .param("person", personId).param("limit", limit).query(Long.class).list();
    }

    /** How many incidents received by {@code until} each person is a suspect in, leaving out {@code excludeIncidentId}. */
    public Map<Long, Integer> suspectCounts(Collection<Long> personIds, Instant until, Long excludeIncidentId) {
        Map<Long, Integer> counts = new HashMap<>();
        if (personIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT p.person_id, count(*) FROM intake.party p JOIN intake.incident i ON i.id = p.incident_id "
                        + "WHERE p.person_id = ANY(:ids) AND p.role = 'SUSPECT' AND i.received_at <= :until "
                        + "AND (CAST(:exclude AS bigint) IS NULL OR i.id <> :exclude) GROUP BY p.person_id")
                .param("ids", ids(personIds)).param("until", Timestamp.from(until)).param("exclude", excludeIncidentId)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /**
     * An incident in which {@code recordId} was on one side and {@code otherRecordId} on the other:
     * the victim with them as the suspect, or the suspect with them as the victim.
     */
    public record Opposite(long recordId, boolean recordWasVictim, long incidentId, String reference,
                           Instant receivedAt, long otherRecordId) {
    }

    /**
     * The incidents where the records are a victim, with each of their suspects, and a suspect, with each
     * of their victims; newest first. Both sides read from the party index by person and by incident.
     */
    public List<Opposite> opposites(Collection<Long> recordIds, int limit) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT me.person_id, me.role = 'VICTIM', i.id, i.reference, i.received_at, other.person_id "
                        + "FROM intake.party me "
                        + "JOIN intake.party other ON other.incident_id = me.incident_id "
                        + "AND other.role = CASE me.role WHEN 'VICTIM' THEN 'SUSPECT' ELSE 'VICTIM' END "
                        + "JOIN intake.incident i ON i.id = me.incident_id "
                        + "WHERE me.person_id = ANY(:ids) AND me.role IN ('VICTIM', 'SUSPECT') "
                        + "ORDER BY i.received_at DESC, i.id DESC LIMIT :limit")
                .param("ids", ids(recordIds)).param("limit", limit)
                .query((rs, n) -> new Opposite(rs.getLong(1), rs.getBoolean(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getLong(6)))
                .list();
    }

    /** The incidents in which any of the records is a suspect, newest first, with their victims and offences. */
    public List<SuspectIncident> asSuspect(Collection<Long> recordIds, int limit) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        record Row(long id, String reference, Instant receivedAt, boolean domesticAbuse, String area, String relationship,
                   String offences) {
        }
        List<Row> rows = jdbc.sql("SELECT i.id, i.reference, i.received_at, i.domestic_abuse, i.area, i.relationship, "
                        + "(SELECT string_agg(o.offence_group, ',') FROM intake.offence o WHERE o.incident_id = i.id) "
                        + "FROM intake.incident i WHERE i.id IN (SELECT p.incident_id FROM intake.party p "
                        + "WHERE p.person_id = ANY(:ids) AND p.role = 'SUSPECT') ORDER BY i.received_at DESC, i.id DESC LIMIT :limit")
                .param("ids", ids(recordIds)).param("limit", limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
        Map<Long, List<Incident.Party>> victims = new HashMap<>();
        jdbc.sql("SELECT incident_id, person_id, name_given, date_of_birth, phone_typed FROM intake.party "
                        + "WHERE incident_id = ANY(:incidents) AND role = 'VICTIM' ORDER BY incident_id, name_given, person_id")
                .param("incidents", rows.stream().mapToLong(Row::id).toArray())
                .query(rs -> {
                    victims.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Incident.Party(rs.getLong(2),
                            PartyRole.VICTIM, rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5)));
                });
        return rows.stream().map(r -> new SuspectIncident(r.id(), r.reference(), r.receivedAt(), r.domesticAbuse(), r.area(),
                r.relationship() == null ? null : Relationship.valueOf(r.relationship()),
                victims.getOrDefault(r.id(), List.of()), offences(r.offences()))).toList();
    }

    private static Set<OffenceGroup> offences(String joined) {
        Set<OffenceGroup> groups = EnumSet.noneOf(OffenceGroup.class);
        if (joined != null) {
            Arrays.stream(joined.split(",")).map(OffenceGroup::valueOf).forEach(groups::add);
        }
        return groups;
    }

    private static long[] ids(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
