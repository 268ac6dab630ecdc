package org.safeguard.access;

import java.time.Instant;
import java.util.List;

/** A restriction on a person's records (staff involved, restricted by a specialist), who made it, why, who is named. */
public record PersonRestriction(long id, long personId, Restriction kind, String reason, String markedBy,
                                Instant markedAt, List<String> namedReaders, int version) {
}
