package org.safeguard.demo.population;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.safeguard.intake.Attendance;
import org.safeguard.intake.CrimeOutcome;
import org.safeguard.intake.Grade;
import org.safeguard.intake.ImportedIncident;
import org.safeguard.intake.ImportedResponse;
import org.safeguard.intake.OffenceGroup;

/**
 * The police response to a batch's incidents, the same every time for the same seed, "as of" and response targets
 * (its own random numbers: the other generators draw theirs as before). Every incident deployed to (any grade but
 * resolved without deployment) and received more than a day before "as of" is attended: most within the grade's
 * target, a tail beyond it; mostly by two officers, with body-worn video on about 85%. Arrests come to about 76 per
 * 100 domestic abuse crimes (HMIC's figure for the force; most forces 45–90): on a domestic abuse incident with an
 * offence the officers find it disclosed and mostly arrest (otherwise saying why not); as an incident here often
 * records more than one offence (crime), that alone falls short, and the rest are arrests at domestic abuse
 * incidents where no crime was recorded (to prevent a breach of the peace, or on a suspicion not confirmed).
 * Each offence recorded more than 60 days before "as of" has its Home Office outcome, in a mix close to the force's
 * (HMIC: 28% charge or summons, 20% caution, under 1% other out-of-court; most of the rest evidential difficulties).
 * <p>
 * Incident ids are the incidents' places in the batch's list until {@link #withIds} puts the real ones in.
 */
public final class ResponseHistories {

    /** Incidents younger than this at "as of" are still being attended. */
    static final Duration ATTENDED_AFTER = Duration.ofDays(1);
    /** Offences younger than this at "as of" are still being investigated. */
    static final Duration INVESTIGATED_FOR = Duration.ofDays(60);
    static final double ARRESTS_PER_DA_CRIME = 0.76;
    static final double BODY_WORN_VIDEO = 0.85;
    /** The most an offence disclosed leads to arrest; the rest of the force's rate is made at incidents without one. */
    private static final double ARREST_WHEN_DISCLOSED = 0.85;
    private static final double MOST_ARRESTS_WITHOUT_CRIME = 0.5;
    private static final double DVPN_AFTER_ARREST = 0.06;
    private static final List<String> NO_ARREST_REASONS = List.of(
            "The suspect had left before officers arrived; circulated as wanted and to be arrested when found.",
            "The suspect was in hospital; to be interviewed under caution on discharge.",
            "Voluntary interview arranged with the suspect; evidence-led investigation continuing.",
            "Officers judged arrest not necessary: the suspect had moved out and the victim is at a relative's.");

    /** Home Office outcomes and how often each ends a domestic abuse crime here, out of 1,000. */
    private static final List<Share> OUTCOME_MIX = List.of(
            new Share(CrimeOutcome.CHARGE_OR_SUMMONS, 262), new Share(CrimeOutcome.CHARGE_ALTERNATIVE_OFFENCE, 18),
            new Share(CrimeOutcome.ADULT_CAUTION, 192), new Share(CrimeOutcome.YOUTH_CAUTION, 8),
            new Share(CrimeOutcome.COMMUNITY_RESOLUTION, 7), new Share(CrimeOutcome.PENALTY_NOTICE, 3),
            new Share(CrimeOutcome.EVIDENTIAL_VICTIM_DOES_NOT_SUPPORT, 330),
            new Share(CrimeOutcome.EVIDENTIAL_VICTIM_SUPPORTS, 120),
            new Share(CrimeOutcome.VICTIM_DOES_NOT_SUPPORT_IDENTIFYING, 10),
            new Share(CrimeOutcome.NO_SUSPECT_IDENTIFIED, 20),
            new Share(CrimeOutcome.FURTHER_INVESTIGATION_NOT_IN_PUBLIC_INTEREST, 20),
            new Share(CrimeOutcome.TIME_LIMIT_EXPIRED, 10));
    private static final int MIX_TOTAL = OUTCOME_MIX.stream().mapToInt(Share::perThousand).sum();

    private final long seed;
    private final Instant asOf;
    private final Map<Grade, Duration> targets;
    private final String officer;
    private long nextBatch;

    /**
     * @param targets the response target of each grade ({@code safeguard.intake.response-targets})
     * @param officer the sign-in that records the attendances and outcomes
     */
    public ResponseHistories(long seed, Instant asOf, Map<Grade, Duration> targets, String officer) {
        this.seed = seed;
        this.asOf = asOf;
        this.targets = Map.copyOf(targets);
        this.officer = officer;
    }

    /** The responses to the batch's incidents that have one, in the incidents' order. */
    public List<ImportedResponse> write(List<ImportedIncident> incidents) {
        SplittableRandom random = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + nextBatch++ * 0x9E3779B97F4A7C15L + 41);
        List<Arrival> arrivals = new ArrayList<>(incidents.size());
        long daCrimes = 0;
        long disclosed = 0;
        long noCrime = 0;
        for (ImportedIncident incident : incidents) {
            Arrival arrival = arrival(incident, random);
            arrivals.add(arrival);
            if (incident.domesticAbuse()) {
                daCrimes += new HashSet<>(incident.offences()).size();
                disclosed += arrival != null && !incident.offences().isEmpty() ? 1 : 0;
                noCrime += arrival != null && incident.offences().isEmpty() ? 1 : 0;
            }
        }
        // The arrest rates that make the batch's arrests per DA crime the force's.
        double wanted = ARRESTS_PER_DA_CRIME * daCrimes;
        double whenDisclosed = disclosed == 0 ? 0 : Math.min(ARREST_WHEN_DISCLOSED, wanted / disclosed);
        double withoutCrime = noCrime == 0 ? 0
                : Math.max(0, Math.min(MOST_ARRESTS_WITHOUT_CRIME, (wanted - whenDisclosed * disclosed) / noCrime));
        ArrestRates arrestRate = new ArrestRates(whenDisclosed, withoutCrime);
        List<ImportedResponse> responses = new ArrayList<>();
        for (int n = 0; n < incidents.size(); n++) {
            ImportedIncident incident = incidents.get(n);
            Arrival arrival = arrivals.get(n);
            Attendance attendance = arrival == null ? null : attendance(incident, arrival, arrestRate, random);
            List<ImportedResponse.Outcome> outcomes = outcomes(incident, random);
            if (attendance != null || !outcomes.isEmpty()) {
                Instant recordedAt = arrival == null ? null
                        : min(arrival.at().plus(Duration.ofMinutes(20 + random.nextInt(160))), asOf);
                responses.add(new ImportedResponse(n, attendance, recordedAt, outcomes));
            }
        }
        return responses;
    }

    /** The responses with the ids the incidents were imported with. */
    public static List<ImportedResponse> withIds(List<ImportedResponse> responses, long[] incidentIds) {
        return responses.stream().map(r -> new ImportedResponse(incidentIds[Math.toIntExact(r.incidentId())],
                r.attendance(), r.attendanceRecordedAt(), r.outcomes())).toList();
    }

    private record Arrival(Instant at, int officers) {
    }

    /**
     * When officers arrived and how many came; null when nobody was sent, the incident is less than a day old, or
     * the officers are still on their way at "as of". Never after the incident was closed.
     */
    private Arrival arrival(ImportedIncident incident, SplittableRandom random) {
        Duration target = targets.get(incident.grade());
        if (target == null || incident.grade() == Grade.RESOLVED_WITHOUT_DEPLOYMENT
                || !incident.receivedAt().isBefore(asOf.minus(ATTENDED_AFTER))) {
            return null;
        }
        double withinShare = switch (incident.grade()) {
            case IMMEDIATE -> 0.84;
            case PRIORITY -> 0.76;
            default -> 0.9;
        };
        double fraction = random.nextDouble() < withinShare
                ? 0.2 + 0.8 * Math.pow(random.nextDouble(), 0.7)
                : 1.0 + Math.min(5.0, -0.6 * Math.log(1 - random.nextDouble())) + 0.01;
        Instant at = incident.receivedAt().plusSeconds(Math.max(60, Math.round(target.toSeconds() * fraction)));
        if (incident.closedAt() != null && at.isAfter(incident.closedAt())) {
            at = incident.closedAt().minus(Duration.ofMinutes(5 + random.nextInt(25)));
            at = at.isAfter(incident.receivedAt()) ? at : incident.receivedAt().plusSeconds(60);
        }
        if (at.isAfter(asOf)) {
            return null;
        }
        double u = random.nextDouble();
        int officers = incident.domesticAbuse()
                ? (u < 0.85 ? 2 : u < 0.92 ? 3 : 1)
                : (u < 0.6 ? 2 : u < 0.95 ? 1 : 3);
        return new Arrival(at, officers);
    }

    private record ArrestRates(double whenDisclosed, double withoutCrime) {
    }

    private Attendance attendance(ImportedIncident incident, Arrival arrival, ArrestRates arrestRate,
                                  SplittableRandom random) {
        boolean domestic = incident.domesticAbuse();
        boolean disclosed = domestic && !incident.offences().isEmpty();
        boolean arrest = domestic
                && random.nextDouble() < (disclosed ? arrestRate.whenDisclosed() : arrestRate.withoutCrime());
        boolean dvpn = arrest && random.nextDouble() < DVPN_AFTER_ARREST;
        String noArrestReason = disclosed && !arrest ? NO_ARREST_REASONS.get(random.nextInt(NO_ARREST_REASONS.size())) : null;
        return new Attendance(arrival.at(), arrival.officers(), random.nextDouble() < BODY_WORN_VIDEO, disclosed, arrest,
                dvpn, domestic && random.nextDouble() < 0.85, random.nextDouble() < (domestic ? 0.95 : 0.3),
                noArrestReason, officer);
    }

    /** An outcome for each offence of the incident once it is more than 60 days old, two to eight weeks after it. */
    private List<ImportedResponse.Outcome> outcomes(ImportedIncident incident, SplittableRandom random) {
        if (incident.offences().isEmpty() || !incident.receivedAt().isBefore(asOf.minus(INVESTIGATED_FOR))) {
            return List.of();
        }
        List<ImportedResponse.Outcome> outcomes = new ArrayList<>();
        for (OffenceGroup offence : new LinkedHashSet<>(incident.offences())) {
            Instant decided = incident.receivedAt().plus(Duration.ofDays(14 + random.nextInt(43)));
            outcomes.add(new ImportedResponse.Outcome(offence, outcome(random), decided, officer));
        }
        return outcomes;
    }

    private static CrimeOutcome outcome(SplittableRandom random) {
        int pick = random.nextInt(MIX_TOTAL);
        for (Share share : OUTCOME_MIX) {
            pick -= share.perThousand();
            if (pick < 0) {
                return share.outcome();
            }
        }
        throw new IllegalStateException("the outcome mix adds up to " + MIX_TOTAL);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Share(CrimeOutcome outcome, int perThousand) {
    }
}
