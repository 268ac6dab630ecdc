package org.safeguard.safeguarding.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeguard.risk.RiskLevel;

/**
 * Who is the victim's single point of contact (HMIC recommendations 4 and 5), by the level of risk:
 * <ul>
 *   <li>high risk goes to the domestic abuse specialist team: the specialist with the fewest open cases
 *       (ties by username) while the team is on duty; out of hours (evenings, weekends, bank holidays)
 *       to the on-call supervisor, who holds it until the team is back, when it is handed over by itself;</li>
 *   <li>medium and standard risk stay with the investigating officer (the officer who assessed the risk);</li>
 *   <li>with no investigating officer yet (a case opened from the call), the on-call supervisor.</li>
 * </ul>
 * A case's SPOC is never moved down: a lower level later keeps the SPOC it has.
 */
public final class SpocAllocation {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final SpecialistHours hours;

    public SpocAllocation(SpecialistHours hours) {
        this.hours = hours;
    }

    /** A member of staff who could be SPOC, with how many open cases they hold now. */
    public record Candidate(String username, int openCases) {
    }

    /** Who, why, and whether they hold it only until the specialist team is back. */
    public record Allocation(String username, String reason, boolean awaitingHandover) {
    }

    public Allocation allocate(RiskLevel level, Instant now, List<Candidate> specialists, String onCallSupervisor,
                               String investigatingOfficer) {
        if (level == RiskLevel.HIGH) {
            Optional<Candidate> specialist = leastLoaded(specialists);
            if (hours.onDuty(now) && specialist.isPresent()) {
                return new Allocation(specialist.get().username(),
                        "High risk: allocated to the domestic abuse specialist team", false);
            }
            return new Allocation(onCallSupervisor, "High risk out of hours: the on-call supervisor holds the case "
                    + "until the specialist team is back (" + WHEN.format(hours.nextStart(now)) + ")", true);
        }
        if (investigatingOfficer != null) {
            return new Allocation(investigatingOfficer, (level == null ? "Risk not yet assessed"
                    : level.label() + " risk") + ": the investigating officer", false);
        }
        return new Allocation(onCallSupervisor, "No investigating officer yet: the on-call supervisor until "
                + "the risk is assessed", false);
    }

    /** The specialist to hand an out-of-hours case to, once the team is on duty; empty while it is not. */
    public Optional<Candidate> handover(Instant now, List<Candidate> specialists) {
        return hours.onDuty(now) ? leastLoaded(specialists) : Optional.empty();
    }

    private static Optional<Candidate> leastLoaded(List<Candidate> candidates) {
        return candidates.stream().min(Comparator.comparingInt(Candidate::openCases).thenComparing(Candidate::username));
    }
}
