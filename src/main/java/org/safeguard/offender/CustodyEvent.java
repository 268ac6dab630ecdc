package org.safeguard.offender;

import java.time.Instant;

/** A recorded custody event about a person, as published in a {@link CustodyDecision}. */
public record CustodyEvent(long id, long personId, CustodyDecision.Decision decision, Instant decidedAt, String detail,
                           String reference, Source source, String recordedBy, Instant recordedAt) {

    public enum Source {
        PAGE, IMPORT
    }
}
