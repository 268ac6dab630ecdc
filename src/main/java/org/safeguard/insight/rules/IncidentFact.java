package org.safeguard.insight.rules;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the dashboard knows of one incident: every fact its tallies are worked out from. {@code recorded} is false
 * while only later facts (an offence, an attendance, an outcome) have arrived before the recording itself; such an
 * incident counts nowhere yet. Each change returns a new fact; the old one is what the tallies held before.
 *
 * @param grade         the incident's grade (intake's Grade name), or null while neither the recording nor the
 *                      attendance has arrived
 * @param repeatVictim  whether the incident was recorded as a repeat (any of its victims was a repeat victim then)
 * @param repeatVictims the victims who were each a repeat victim when the incident was recorded
 * @param risk          the latest completed level of an assessment of the incident's victims (STANDARD, MEDIUM,
 *                      HIGH), or NONE before one; {@code riskAt} when it was completed
 */
public record IncidentFact(long incidentId, boolean recorded, Instant receivedAt, String area, String agency,
                           String grade, boolean domesticAbuse, boolean repeatVictim, List<Long> repeatVictims,
                           List<Long> victims, List<Long> suspects, int children, List<Offence> offences,
                           Attendance attendance, String risk, Instant riskAt) {

    /** The risk dimension of an incident no completed assessment has reached. */
    public static final String NOT_ASSESSED = "NONE";

    /**
     * An offence recorded on the incident (its group, as intake names it), its outcome's code name or null, and when
     * that outcome was recorded (null with it).
     */
    public record Offence(String group, String outcome, Instant outcomeAt) {
        public Offence {
            Objects.requireNonNull(group);
            outcomeAt = stored(outcomeAt);
        }
    }

    /** The police attendance: when they arrived, whether within the grade's target, how many, video, arrest. */
    public record Attendance(Instant arrivedAt, boolean withinTarget, int officers, boolean bodyWornVideo,
                             boolean arrest) {
        public Attendance {
            arrivedAt = stored(arrivedAt);
        }
    }

    public IncidentFact {
        area = area == null ? "" : area;
        agency = agency == null ? "" : agency;
        repeatVictims = List.copyOf(repeatVictims);
        victims = List.copyOf(victims);
        suspects = List.copyOf(suspects);
        offences = List.copyOf(offences);
        risk = risk == null ? NOT_ASSESSED : risk;
        receivedAt = stored(receivedAt);
        riskAt = stored(riskAt);
    }

    /**
     * A time as PostgreSQL keeps it (rounded to the nearest microsecond), so a fact worked out from an event, the
     * same fact read back and the source record the rebuild reads give the same tallies (minutes to arrive near a
     * boundary: an event may carry a typed time to the nanosecond and another read back from the database).
     */
    static Instant stored(Instant at) {
        return at == null ? null : at.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    }

    /** An incident of which nothing has arrived yet. */
    public static IncidentFact unknown(long incidentId) {
        return new IncidentFact(incidentId, false, null, "", "", null, false, false, List.of(), List.of(), List.of(), 0,
                List.of(), null, NOT_ASSESSED, null);
    }

    /** The incident as recorded (its later facts kept). */
    public IncidentFact recordedAs(Instant receivedAt, String area, String agency, String grade, boolean domesticAbuse,
                                   boolean repeatVictim, List<Long> repeatVictims, List<Long> victims,
                                   List<Long> suspects, int children) {
        return new IncidentFact(incidentId, true, receivedAt, area, agency, grade, domesticAbuse, repeatVictim,
                repeatVictims, victims, suspects, children, offences, attendance, risk, riskAt);
    }

    /** The incident's people as they now stand. */
    public IncidentFact withPeople(List<Long> victims, List<Long> suspects, int children) {
        return new IncidentFact(incidentId, recorded, receivedAt, area, agency, grade, domesticAbuse, repeatVictim,
                repeatVictims, victims, suspects, children, offences, attendance, risk, riskAt);
    }

    /** The offence recorded (once: an offence group is recorded on an incident at most once). */
    public IncidentFact withOffence(String group) {
        if (offences.stream().anyMatch(o -> o.group().equals(group))) {
            return this;
        }
        List<Offence> more = new ArrayList<>(offences);
        more.add(new Offence(group, null, null));
        return withOffences(more);
    }

    /**
     * The offence's outcome recorded at {@code recordedAt}, replacing an earlier one (a correction); the offence is
     * added if not yet known. An outcome recorded before the one held (a correction's predecessor arriving late) is
     * ignored, so the latest recorded stands whatever order the events arrive in.
     */
    public IncidentFact withOutcome(String group, String outcome, Instant recordedAt) {
        Instant at = stored(recordedAt);
        boolean older = offences.stream().anyMatch(o -> o.group().equals(group) && o.outcomeAt() != null
                && at != null && at.isBefore(o.outcomeAt()));
        if (older) {
            return this;
        }
        List<Offence> changed = new ArrayList<>(withOffence(group).offences);
        changed.replaceAll(o -> o.group().equals(group) ? new Offence(group, outcome, at) : o);
        return withOffences(changed);
    }

    /**
     * The attendance, replacing any earlier one: the dashboard keeps the latest, never adds a second. The attendance
     * names the incident's grade, kept when the recording has not arrived yet.
     */
    public IncidentFact withAttendance(Attendance attended, String gradeAttended) {
        return new IncidentFact(incidentId, recorded, receivedAt, area, agency, grade == null ? gradeAttended : grade,
                domesticAbuse, repeatVictim, repeatVictims, victims, suspects, children, offences, attended, risk, riskAt);
    }

    /** A completed assessment's level, when it is the latest completed so far (an older one arriving late is ignored). */
    public IncidentFact assessed(String level, Instant completedAt) {
        if (riskAt != null && completedAt.isBefore(riskAt)) {
            return this;
        }
        return new IncidentFact(incidentId, recorded, receivedAt, area, agency, grade, domesticAbuse, repeatVictim,
                repeatVictims, victims, suspects, children, offences, attendance, level, completedAt);
    }

    private IncidentFact withOffences(List<Offence> changed) {
        return new IncidentFact(incidentId, recorded, receivedAt, area, agency, grade, domesticAbuse, repeatVictim,
                repeatVictims, victims, suspects, children, changed, attendance, risk, riskAt);
    }
}
