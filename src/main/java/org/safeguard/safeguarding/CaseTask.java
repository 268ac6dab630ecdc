package org.safeguard.safeguarding;

import java.time.Instant;

/**
 * An obligation on the case with one owner and one due time: a Victims' Code update, a re-assessment,
 * a safety-plan step, a MARAC action, a referral. Overdue when open past its due time; escalated to a
 * supervisor once it has been overdue for the configured time.
 */
public record CaseTask(long id, long caseId, String victimName, Kind kind, String title, String owner, String ownerTeam,
                       Instant dueAt, Status status, Instant createdAt, String createdBy, Instant escalatedAt,
                       String escalatedTo, Instant doneAt, String doneBy, String outcome, int version) {

    public enum Kind {
        VICTIMS_CODE_UPDATE("Victims' Code update"), REASSESSMENT("Re-assess the risk"), FIRST_CONTACT("First contact"),
        SAFETY_PLAN("Safety plan"), MARAC_ACTION("MARAC action"), REFERRAL("Referral"), OTHER("Other");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status { OPEN, DONE, CANCELLED }

    public boolean overdue(Instant now) {
        return status == Status.OPEN && now.isAfter(dueAt);
    }
}
