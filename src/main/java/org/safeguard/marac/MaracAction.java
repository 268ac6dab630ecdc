package org.safeguard.marac;

import java.time.Instant;
import java.time.LocalDate;

import org.safeguard.marac.rules.ActionPlan;

/**
 * An action in a case's MARAC action plan: what, which agency and which named person owns it, when it is due (17:00
 * that day) and where it stands. {@code taskId} is the task on the owner's board (safeguarding) that carries it.
 */
public record MaracAction(long id, long caseId, String victimName, String description, String ownerAgency,
                          String owner, LocalDate dueOn, Status status, Long taskId, Instant createdAt,
                          String createdBy, Instant doneAt, String outcome, int version) {

    public enum Status {
        OPEN("Open"), DONE("Done"), CANCELLED("Cancelled");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean overdue(Instant now) {
        return status == Status.OPEN && ActionPlan.overdue(dueOn, now);
    }
}
