package org.safeguard.safeguarding;

import java.time.Instant;

/**
 * A contact with a victim was logged on their case (by any agency). The dashboard counts contacts per victim
 * from it. Carries no names and nothing said.
 */
public record ContactLogged(long contactId, long caseId, long victimId, String area, String agency,
                            Instant contactedAt) {
}
