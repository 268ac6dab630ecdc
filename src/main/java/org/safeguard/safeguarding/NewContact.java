package org.safeguard.safeguarding;

import java.time.Instant;

/** A contact as typed: when, how, why and what came of it. The person and agency are whoever records it. */
public record NewContact(Instant contactedAt, String channel, String purpose, String outcome) {
}
