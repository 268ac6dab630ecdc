package org.safeguard.intake.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A counter-allegation (DOMAIN.md, seed 003): two people each recorded as the victim with the other as
 * the suspect, in different incidents. Unresolved, it can lead agencies to serve the perpetrator and label
 * the victim, so it is shown to whoever looks at either of them. People, not records: the caller gives
 * each other party as the person their record belongs to (record linkage), so two records of one person
 * count once, and the person's own other records are never the other side.
 */
public final class CounterAllegationRule {

    private CounterAllegationRule() {
    }

    /**
     * One incident in which the person and someone else were on opposite sides.
     *
     * @param personWasVictim true when the person was the victim and the other the suspect; false the other way round
     * @param otherPerson     the person the other party's record belongs to (the same number for all their records)
     * @param otherRecord     the other party's record as recorded in this incident
     */
    public record Facing(long incidentId, String reference, Instant receivedAt, boolean personWasVictim,
                         long otherPerson, long otherRecord) {
    }

    /**
     * Someone the person reported who has also reported them.
     *
     * @param otherRecord the other person's record in the latest of these incidents
     * @param asVictim    the incidents where the person was the victim and the other the suspect, oldest first
     * @param asSuspect   the incidents where the person was the suspect and the other the victim, oldest first
     */
    public record Finding(long otherPerson, long otherRecord, List<Facing> asVictim, List<Facing> asSuspect) {

        public Finding {
            asVictim = List.copyOf(asVictim);
            asSuspect = List.copyOf(asSuspect);
        }
    }

    private static final Comparator<Facing> OLDEST_FIRST = Comparator.comparing(Facing::receivedAt)
            .thenComparing(Facing::incidentId);

    /**
     * Everyone who has reported {@code person} and been reported by them in another incident, the latest
     * first. An incident that names the two of them both ways round is one incident, not a counter-allegation.
     */
    public static List<Finding> eachHasReportedTheOther(long person, Collection<Facing> facings) {
        Map<Long, List<Facing>> byOther = new LinkedHashMap<>();
        facings.stream().filter(f -> f.otherPerson() != person)
                .forEach(f -> byOther.computeIfAbsent(f.otherPerson(), k -> new ArrayList<>()).add(f));
        List<Finding> findings = new ArrayList<>();
        byOther.forEach((other, withThem) -> {
            List<Facing> asVictim = oneEach(withThem.stream().filter(Facing::personWasVictim));
            List<Facing> asSuspect = oneEach(withThem.stream().filter(f -> !f.personWasVictim()));
            if (inDifferentIncidents(asVictim, asSuspect)) {
                Facing latest = Stream.concat(asVictim.stream(), asSuspect.stream()).max(OLDEST_FIRST).orElseThrow();
                findings.add(new Finding(other, latest.otherRecord(), asVictim, asSuspect));
            }
        });
        findings.sort(Comparator.comparing(CounterAllegationRule::latest, OLDEST_FIRST).reversed());
        return findings;
    }

    /** Some incident with the person as victim and another incident with them as suspect. */
    private static boolean inDifferentIncidents(List<Facing> asVictim, List<Facing> asSuspect) {
        return asVictim.stream().anyMatch(v -> asSuspect.stream().anyMatch(s -> s.incidentId() != v.incidentId()));
    }

    /** One facing per incident (the other person may be in it under two linked records), oldest first. */
    private static List<Facing> oneEach(Stream<Facing> facings) {
        Map<Long, Facing> byIncident = new LinkedHashMap<>();
        facings.sorted(OLDEST_FIRST).forEach(f -> byIncident.putIfAbsent(f.incidentId(), f));
        return List.copyOf(byIncident.values());
    }

    private static Facing latest(Finding finding) {
        return Stream.concat(finding.asVictim().stream(), finding.asSuspect().stream()).max(OLDEST_FIRST).orElseThrow();
    }
}
