package org.safeguard.intake;

import java.time.Instant;

/**
 * An open incident on the supervisor's oversight list.
 *
 * @param responseDue when officers should arrive under the grade's target, or null when it has none
 * @param arrivedAt   when they did, or null
 * @param late        arrived after the target, or not yet arrived and the target has passed
 */
public record OversightLine(Incident incident, int officersSent, Instant responseDue, Instant arrivedAt, boolean late) {
}
