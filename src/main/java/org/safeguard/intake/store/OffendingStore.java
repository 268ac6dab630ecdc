package org.safeguard.intake.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.safeguard.intake.CrimeOutcome;
import org.safeguard.intake.OffenceGroup;
import org.safeguard.intake.Offending;
import org.safeguard.intake.RecordedOffence;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Offences recorded on incidents with their outcomes, and suspects' domestic abuse offending for perpetrator rankings: one
 * row per incident, suspect and victim, with the incident's offence groups.
 */
@Repository
public class OffendingStore {

    /** Rows fetched at a time when streaming every suspect's offending (a full ranking reads millions). */
    private static final int FETCH_SIZE = 20_000;

    private static final String OFFENDING = "SELECT s.incident_id, s.person_id AS suspect_id, v.person_id AS victim_id, "
            + "i.received_at, i.area, (SELECT string_agg(o.offence_group, ',') FROM intake.offence o WHERE o.incident_id = i.id) AS offences "
            + "FROM intake.party s JOIN intake.incident i ON i.id = s.incident_id "
            + "LEFT JOIN intake.party v ON v.incident_id = s.incident_id AND v.role = 'VICTIM' "
            + "WHERE s.role = 'SUSPECT' AND i.domestic_abuse AND i.received_at >= ? ";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    public OffendingStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /** Records the offence on the incident; false when it was already recorded there. */
    public boolean insertOffence(long incidentId, OffenceGroup offence, String recordedBy, Instant at) {
        return jdbc.sql("INSERT INTO intake.offence (incident_id, offence_group, recorded_by, recorded_at) "
                        + "VALUES (:incident, :offence, :by, :at) ON CONFLICT DO NOTHING")
                .param("incident", incidentId).param("offence", offence.name()).param("by", recordedBy)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** The offences recorded on the incident, in the order of {@link OffenceGroup}. */
    public Set<OffenceGroup> offences(long incidentId) {
        return groups(String.join(",", jdbc.sql("SELECT offence_group FROM intake.offence WHERE incident_id = :id")
                .param("id", incidentId).query(String.class).list()));
    }

    /** The offences recorded on the incident with their outcomes, in the order of {@link OffenceGroup}. */
    public List<RecordedOffence> recordedOffences(long incidentId) {
        return jdbc.sql("SELECT offence_group, outcome, outcome_recorded_at, outcome_recorded_by FROM intake.offence "
                        + "WHERE incident_id = :id").param("id", incidentId)
                .query((rs, n) -> recordedOffence(rs)).list().stream()
                .sorted(Comparator.comparing(RecordedOffence::offence)).toList();
    }

    /**
     * The offence as recorded on the incident, its row locked until the transaction ends (so two corrections in
     * turn each see the outcome the other left); empty when the offence is not recorded there.
     */
    public Optional<RecordedOffence> lockOffence(long incidentId, OffenceGroup offence) {
        return jdbc.sql("SELECT offence_group, outcome, outcome_recorded_at, outcome_recorded_by FROM intake.offence "
                        + "WHERE incident_id = :incident AND offence_group = :offence FOR UPDATE")
                .param("incident", incidentId).param("offence", offence.name())
                .query((rs, n) -> recordedOffence(rs)).optional();
    }

    /** Gives the offence recorded on the incident its outcome, replacing any it had. */
    public void recordOutcome(long incidentId, OffenceGroup offence, CrimeOutcome outcome, String recordedBy,
                              Instant at) {
        jdbc.sql("UPDATE intake.offence SET outcome = :outcome, outcome_recorded_at = :at, outcome_recorded_by = :by "
                        + "WHERE incident_id = :incident AND offence_group = :offence")
                .param("outcome", outcome.name()).param("at", Timestamp.from(at)).param("by", recordedBy)
                .param("incident", incidentId).param("offence", offence.name()).update();
    }

    private static RecordedOffence recordedOffence(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        Timestamp at = rs.getTimestamp("outcome_recorded_at");
        return new RecordedOffence(OffenceGroup.valueOf(rs.getString("offence_group")),
                outcome == null ? null : CrimeOutcome.valueOf(outcome), at == null ? null : at.toInstant(),
                rs.getString("outcome_recorded_by"));
    }

    /**
     * Every suspect's domestic abuse offending received from {@code since} on, handed to {@code each} as it
     * streams (call inside a transaction: PostgreSQL streams only then).
     */
    public void eachOffending(Instant since, Consumer<Offending> each) {
        streaming.query(OFFENDING, rs -> {
            each.accept(offending(rs));
        }, Timestamp.from(since));
    }

    /** The offending of these suspects' records received from {@code since} on. */
    public List<Offending> offending(Collection<Long> suspectIds, Instant since) {
        if (suspectIds.isEmpty()) {
            return List.of();
        }
        return streaming.query(OFFENDING + "AND s.person_id = ANY(?)", (rs, n) -> offending(rs), Timestamp.from(since),
                suspectIds.stream().mapToLong(Long::longValue).toArray());
    }

    private static Offending offending(ResultSet rs) throws SQLException {
        long victim = rs.getLong("victim_id");
        Long victimId = rs.wasNull() ? null : victim;
        return new Offending(rs.getLong("incident_id"), rs.getLong("suspect_id"), victimId,
                rs.getTimestamp("received_at").toInstant(), rs.getString("area"), groups(rs.getString("offences")));
    }

    private static Set<OffenceGroup> groups(String joined) {
        Set<OffenceGroup> groups = EnumSet.noneOf(OffenceGroup.class);
        if (joined != null && !joined.isEmpty()) {
            for (String name : joined.split(",")) {
                groups.add(OffenceGroup.valueOf(name));
            }
        }
        return groups;
    }
}
