package org.safeguard.safeguarding;

import java.time.Instant;

/** A contact with the victim by anyone in any agency, as the shared contact log records it. */
public record CaseContact(long id, String madeBy, String madeByName, String agency, Instant contactedAt,
                          ContactChannel channel, String purpose, String outcome, Instant recordedAt) {
}
