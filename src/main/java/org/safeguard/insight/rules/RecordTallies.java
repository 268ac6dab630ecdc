package org.safeguard.insight.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a completed risk assessment, a referral, a Victims' Code update and a logged contact each add to the
 * tallies. Each is counted once, when it first arrives; none changes afterwards.
 */
public final class RecordTallies {

    private RecordTallies() {
    }

    /**
     * A completed assessment, in the month it was completed, at its incident's area and agency, at its final level.
     * Raised: the final level is above the level the answers suggest (professional judgement, seed 003).
     */
    public static List<Tally> assessment(Instant completedAt, String area, String agency, String level, boolean raised,
                                         boolean allAsked) {
        List<Tally> tallies = new ArrayList<>();
        java.time.LocalDate month = Tally.monthOf(completedAt);
        tallies.add(Tally.of(Counter.ASSESSMENTS, 0, month, area, agency, level, 1));
        if (allAsked) {
            tallies.add(Tally.of(Counter.ASSESSMENTS_ALL_ASKED, 0, month, area, agency, level, 1));
        }
        if (raised) {
            tallies.add(Tally.of(Counter.ASSESSMENTS_RAISED, 0, month, area, agency, level, 1));
        }
        return tallies;
    }

    /** A referral, in the month made, the victim's area, the referring agency, the level when made (NONE if none). */
    public static List<Tally> referral(Instant madeAt, String area, String agency, String riskLevel, int serviceKindSlot) {
        String risk = riskLevel == null || riskLevel.isBlank() ? IncidentFact.NOT_ASSESSED : riskLevel;
        return List.of(Tally.of(Counter.REFERRALS, serviceKindSlot, Tally.monthOf(madeAt), area, agency, risk, 1));
    }

    /**
     * A Victims' Code update task done, in the month done and the case's area (no agency: a task does not say which
     * agency did it); on time when done no later than its due time.
     */
    public static List<Tally> victimsCodeUpdate(Instant doneAt, Instant dueAt, String area) {
        java.time.LocalDate month = Tally.monthOf(doneAt);
        List<Tally> tallies = new ArrayList<>();
        tallies.add(Tally.of(Counter.VICTIMS_CODE_UPDATES, 0, month, area, "", IncidentFact.NOT_ASSESSED, 1));
        if (onTime(doneAt, dueAt)) {
            tallies.add(Tally.of(Counter.VICTIMS_CODE_ON_TIME, 0, month, area, "", IncidentFact.NOT_ASSESSED, 1));
        }
        return tallies;
    }

    /** Victims' Code: an update is on time when it is done by its due time, not after. */
    public static boolean onTime(Instant doneAt, Instant dueAt) {
        return !doneAt.isAfter(dueAt);
    }

    /** A contact logged with a victim, in the month it was made, the case's area and the contacting agency. */
    public static List<Tally> contact(Instant contactedAt, String area, String agency) {
        return List.of(Tally.of(Counter.CONTACTS, 0, Tally.monthOf(contactedAt), area, agency, IncidentFact.NOT_ASSESSED, 1));
    }
}
