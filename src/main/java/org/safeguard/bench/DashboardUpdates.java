package org.safeguard.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.safeguard.access.ActingAs;
import org.safeguard.insight.InsightEvents;
import org.safeguard.intake.AttendanceRecorded;
import org.safeguard.intake.CrimeOutcome;
import org.safeguard.intake.CrimeOutcomeRecorded;
import org.safeguard.intake.Grade;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentImport;
import org.safeguard.intake.IncidentRecorded;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.IntakeSettings;
import org.safeguard.intake.OffenceGroup;
import org.safeguard.intake.OffenceRecorded;
import org.safeguard.intake.PartyRole;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.risk.RiskAssessed;
import org.safeguard.risk.RiskLevel;
import org.springframework.stereotype.Component;

/**
 * The events {@code bench dashboard} times the aggregates' update with, as the insight module's listeners get them:
 * new domestic abuse incidents in random areas and months (the people, areas and shapes of real incidents drawn at
 * random), and offences, attendances, crime outcomes and risk assessments on those and on real incidents. Each
 * update is one call of a public {@link InsightEvents} method, in its own transaction.
 * <p>
 * Made-up incidents and assessments take ids far above any the database hands out, different on each run, so they
 * never meet a real one; they stay in the aggregates until the next rebuild, which works them out again from the
 * real records only.
 */
@Component
class DashboardUpdates {

    private static final String SPECIALIST = "specialist";
    private static final long MADE_UP_IDS = 1L << 50;
    private static final OffenceGroup[] OFFENCES = OffenceGroup.values();
    private static final CrimeOutcome[] OUTCOMES = CrimeOutcome.values();

    /** One timed update: what kind of event, and the listener call. */
    record Update(String kind, Runnable apply) {
    }

    private final InsightEvents events;
    private final Incidents incidents;
    private final IncidentImport incidentImport;
    private final IntakeSettings intake;
    private final ActingAs actingAs;

    DashboardUpdates(InsightEvents events, Incidents incidents, IncidentImport incidentImport, IntakeSettings intake,
                     ActingAs actingAs) {
        this.events = events;
        this.incidents = incidents;
        this.incidentImport = incidentImport;
        this.intake = intake;
        this.actingAs = actingAs;
    }

    /**
     * {@code count} updates in the order they would arrive, a fifth of each kind: new incidents; offences, attendances
     * and risk assessments on them or on real ones; outcomes of the offences recorded before. Reads the real incidents
     * it draws from as the demo specialist.
     */
    List<Update> draw(int count, long seed, Instant now, int realIncidents) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Target> real = actingAs.run(SPECIALIST, () -> realIncidents(realIncidents, random));
        if (real.isEmpty()) {
            throw new IllegalStateException("no domestic abuse incident with a victim to draw events from");
        }
        long nextId = MADE_UP_IDS + now.toEpochMilli() * 4096;
        List<Target> made = new ArrayList<>();
        List<OffenceRecorded> offences = new ArrayList<>();
        List<Update> updates = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Target shape = real.get(random.nextInt(real.size()));
            int kind = n % 5;
            if (kind == 0 || made.isEmpty()) {
                Target incident = new Target(nextId++, now.minusSeconds(random.nextLong(Duration.ofDays(730).toSeconds())),
                        real.get(random.nextInt(real.size())).area(), shape.grade(), random.nextInt(10) < 9,
                        shape.victims(), shape.suspects(), shape.children());
                made.add(incident);
                boolean repeat = random.nextInt(10) < 3 && !incident.victims().isEmpty();
                IncidentRecorded recorded = new IncidentRecorded(incident.id(), "BENCH-" + incident.id(),
                        incident.receivedAt(), shape.grade(), incident.domesticAbuse(), incident.victims(),
                        incident.suspects(), incident.children(), Map.of(), null, incident.area(), repeat,
                        repeat ? List.of(incident.victims().get(0)) : List.of(), "call.handler", "POLICE");
                updates.add(new Update("incident", () -> events.apply(recorded)));
                continue;
            }
            // Half the later events concern a made-up incident, half a real one.
            Target on = random.nextBoolean() ? made.get(random.nextInt(made.size())) : shape;
            Instant after = on.receivedAt().plus(Duration.ofMinutes(5 + random.nextInt(60 * 24 * 14)));
            Instant at = after.isAfter(now) ? now : after;
            if (kind == 1 || (kind == 3 && offences.isEmpty())) {
                OffenceRecorded offence = new OffenceRecorded(on.id(), OFFENCES[random.nextInt(OFFENCES.length)],
                        on.suspects(), at, "officer");
                offences.add(offence);
                updates.add(new Update("offence", () -> events.apply(offence)));
            } else if (kind == 2) {
                AttendanceRecorded attendance = attendance(on, random);
                updates.add(new Update("attendance", () -> events.apply(attendance)));
            } else if (kind == 3) {
                OffenceRecorded offence = offences.get(random.nextInt(offences.size()));
                CrimeOutcomeRecorded outcome = new CrimeOutcomeRecorded(offence.incidentId(), offence.offence(),
                        OUTCOMES[random.nextInt(OUTCOMES.length)], null, true,
                        offence.recordedAt().plus(Duration.ofDays(1 + random.nextInt(90))), "officer");
                updates.add(new Update("outcome", () -> events.apply(outcome)));
            } else {
                RiskLevel level = level(random);
                RiskLevel suggested = random.nextInt(10) == 0 && level != RiskLevel.STANDARD
                        ? RiskLevel.values()[level.ordinal() - 1] : level;
                RiskAssessed assessed = new RiskAssessed(nextId++, on.victims().get(random.nextInt(on.victims().size())),
                        "", on.id(), level, suggested, Set.of(), at, SPECIALIST, random.nextInt(100) < 85);
                updates.add(new Update("assessment", () -> events.apply(assessed)));
            }
        }
        return updates;
    }

    /** Up to {@code wanted} real domestic abuse incidents with a victim, picked at random by id. */
    private List<Target> realIncidents(int wanted, SplittableRandom random) {
        long recorded = Math.max(1, incidentImport.count());
        List<Target> found = new ArrayList<>(wanted);
        for (int draw = 0; draw < wanted * 20 && found.size() < wanted; draw++) {
            try {
                Incident incident = incidents.incident(1 + random.nextLong(recorded));
                if (incident.domesticAbuse() && !incident.partiesIn(PartyRole.VICTIM).isEmpty()) {
                    found.add(new Target(incident.id(), incident.receivedAt(), incident.area(), incident.grade(), true,
                            ids(incident, PartyRole.VICTIM), ids(incident, PartyRole.SUSPECT), ids(incident, PartyRole.CHILD)));
                }
            } catch (RecordNotFound gap) {
                // an id given up by a rolled-back transaction
            }
        }
        return found;
    }

    /** Officers arriving 3 minutes to 6 hours after the call, within the grade's target or not, as it happened. */
    private AttendanceRecorded attendance(Target on, SplittableRandom random) {
        Grade grade = on.grade() == null ? Grade.PRIORITY : on.grade();
        Duration took = Duration.ofMinutes(3 + random.nextInt(grade == Grade.IMMEDIATE ? 40 : 360));
        Duration target = intake.responseTargets().get(grade);
        int officers = 1 + random.nextInt(3);
        boolean offenceDisclosed = random.nextInt(100) < 60;
        boolean arrest = offenceDisclosed && random.nextInt(100) < 75;
        return new AttendanceRecorded(on.id(), on.receivedAt(), grade, on.domesticAbuse(), on.receivedAt().plus(took),
                target != null && took.compareTo(target) <= 0, officers, random.nextInt(100) < 85, offenceDisclosed,
                arrest, !arrest && random.nextInt(10) == 0);
    }

    private static RiskLevel level(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 50 ? RiskLevel.STANDARD : draw < 80 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
    }

    private static List<Long> ids(Incident incident, PartyRole role) {
        return incident.partiesIn(role).stream().map(Incident.Party::personId).toList();
    }

    /** An incident later events are about, real or made up: its id, time, area and people. */
    private record Target(long id, Instant receivedAt, String area, Grade grade, boolean domesticAbuse,
                          List<Long> victims, List<Long> suspects, List<Long> children) {
    }
}
