package org.safeguard.insight;

import java.time.Duration;

/** What a rebuild of the dashboard's aggregates did: incidents read, tallies written, how long it took. */
public record RebuildReport(long incidents, long tallies, Duration took) {
}
