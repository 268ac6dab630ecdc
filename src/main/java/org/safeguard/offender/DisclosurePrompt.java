package org.safeguard.offender;

import java.time.Instant;

/**
 * A prompt to the specialist team: a perpetrator near the top of the priority list was recorded with a new
 * partner; consider a 'right to know' disclosure (Clare's Law) to protect them.
 */
public record DisclosurePrompt(long id, long perpetratorKey, String perpetratorName, long victimId, String victimName,
                               long incidentId, String incidentReference, int rankAtPrompt, Instant promptedAt,
                               Decision decision, String decisionReason, String decidedBy, Instant decidedAt, int version) {

    public enum Decision {
        REFER("Refer for a right-to-know disclosure"), NOT_NEEDED("No disclosure needed");

        private final String words;

        Decision(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
