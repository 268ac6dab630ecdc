package org.safeguard.offender;

import java.time.Instant;

/**
 * A criminal-justice decision about a suspect: arrest, charge, bail, release under investigation,
 * release from custody and the rest. Published by whichever module records it (the offender module,
 * an import); safeguarding turns it into Victims' Code tasks for the SPOC of every open case in which
 * the person is a suspect: tell the victim within 1 working day (the enhanced service all domestic
 * abuse victims are entitled to) and, on any release, review the risk assessment.
 *
 * @param suspectId the identity person id of the suspect
 * @param reference a stable id of the decision (e.g. the custody record), so a repeated event makes no second task
 */
public record CustodyDecision(long suspectId, Decision decision, Instant decidedAt, String detail, String reference) {

    public CustodyDecision {
        java.util.Objects.requireNonNull(decision, "decision");
        java.util.Objects.requireNonNull(decidedAt, "decidedAt");
        if (reference == null || reference.isBlank()) {
            // Without it two different releases would look like one delivered twice, and the second be dropped.
            throw new IllegalArgumentException("A custody decision needs its reference");
        }
    }

    public enum Decision {
        ARRESTED("arrested", false), INTERVIEWED_UNDER_CAUTION("interviewed under caution", false),
        CHARGED("charged", false), RELEASED_WITHOUT_CHARGE("released without charge", true),
        RELEASED_ON_BAIL("released on bail", true), BAIL_CONDITIONS_CHANGED("bail conditions changed", false),
        RELEASED_UNDER_INVESTIGATION("released under investigation", true), REMANDED("remanded in custody", false),
        RELEASED_FROM_CUSTODY("released from custody or prison", true);

        private final String words;
        private final boolean release;

        Decision(String words, boolean release) {
            this.words = words;
            this.release = release;
        }

        public String words() {
            return words;
        }

        /** A release: the victim's risk must be reviewed as well as the victim told. */
        public boolean release() {
            return release;
        }
    }
}
