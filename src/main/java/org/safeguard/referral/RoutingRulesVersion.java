package org.safeguard.referral;

import java.time.Instant;

/** A published version of the routing rules: its YAML text, why it was published, when and by whom. */
public record RoutingRulesVersion(int version, String text, String note, Instant createdAt, String createdBy) {
}
