package org.safeguard.safeguarding;

import java.time.Instant;
import java.util.List;
import org.safeguard.risk.RiskLevel;

/**
 * A victim's case loaded in bulk (the demo generator; a migration from a legacy system), with its whole
 * history as the other system knows it. {@link CaseImport} checks it keeps the rules the database keeps.
 *
 * @param area           where the case belongs for the neighbourhood briefing (the town of the first incident), or null
 * @param riskLevel      the level of the victim's latest assessment, or null when they have not been assessed
 * @param riskAssessedAt when that assessment was completed; null exactly when {@code riskLevel} is
 * @param incidents      the victim's incidents linked to the case
 * @param spocHistory    every SPOC the case has had, oldest first: the first is the allocation when the case
 *                       opened, each later one a change from the one before, the last the SPOC now
 * @param contacts       contacts with the victim by any agency
 * @param tasks          the case's tasks, done or open
 * @param closedAt       when the case was closed, or null while it is open; {@code closedBy} and
 *                       {@code closedReason} go with it
 * @param owningAgency   the code of the agency that owns the case record
 */
public record ImportedCase(long victimId, String victimName, String area, Instant openedAt, RiskLevel riskLevel,
                           Instant riskAssessedAt, List<LinkedIncident> incidents, List<SpocEntry> spocHistory,
                           List<Contact> contacts, List<Task> tasks, Instant closedAt, String closedBy,
                           String closedReason, String owningAgency) {

    public ImportedCase {
        incidents = List.copyOf(incidents);
        spocHistory = List.copyOf(spocHistory);
        contacts = List.copyOf(contacts);
        tasks = List.copyOf(tasks);
    }

    public boolean open() {
        return closedAt == null;
    }

    /** The SPOC now: the last of the history. */
    public SpocEntry spoc() {
        return spocHistory.get(spocHistory.size() - 1);
    }

    /** An incident of the victim's, by its id in intake, and when it was received. */
    public record LinkedIncident(long incidentId, Instant receivedAt) {
    }

    /**
     * One SPOC of the case from {@code since}: who, how to reach them, who made the change, why, the handover
     * note, whether the system made it (an allocation or the handover after hours), and whether they hold the
     * case only until the specialist team is back on duty.
     *
     * @param contactRoute how to reach the SPOC (an email address or a phone number)
     */
    public record SpocEntry(String username, String name, String team, String contactRoute, Instant since,
                            String changedBy, String reason, String handoverNote, boolean automatic,
                            boolean awaitingHandover) {
    }

    /**
     * A contact with the victim.
     *
     * @param agency       the name of the agency of the person who made it, as shown
     * @param owningAgency the code of that agency, which owns the record
     */
    public record Contact(String madeBy, String madeByName, String agency, String owningAgency, Instant contactedAt,
                          ContactChannel channel, String purpose, String outcome, Instant recordedAt) {
    }

    /** A task with one owner and one due time: done, or still open when {@code done} is null. */
    public record Task(CaseTask.Kind kind, String title, String owner, String ownerTeam, Instant createdAt,
                       String createdBy, Instant dueAt, Done done) {

        public boolean open() {
            return done == null;
        }
    }

    /** When a task was done, by whom, and what was done. */
    public record Done(Instant doneAt, String doneBy, String outcome) {
    }
}
