package org.safeguard.offender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A perpetrator's place on the RFG priority list, with the parts of the score so a reader can see why.
 *
 * @param rank       1 for the highest score (ties broken by the latest incident, then the person key)
 * @param personKey  the perpetrator: the smallest id among their linked person records
 * @param area       the area of their latest domestic abuse incident
 * @param restricted a record of the organisation's own staff: name and details withheld from this reader
 */
public record RankedPerpetrator(int rank, long personKey, String name, LocalDate dateOfBirth, BigDecimal score,
                                int recency, int frequency, int gravity, int victims, int incidents,
                                Instant latestIncidentAt, String area, boolean restricted) {
}
