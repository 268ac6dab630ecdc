package org.safeguard.identity;

import java.time.Duration;

/**
 * What a batch linkage run did.
 *
 * @param partitionsThisTime partitions done by this call (fewer than {@code partitions} when it resumed a run)
 * @param pairs   candidate pairs compared in all the run's partitions
 * @param linked  pairs linked automatically
 * @param queued  pairs put in the review queue
 * @param resumed  true when the call carried on a run that had stopped part-way (or another node's)
 * @param finished true when every partition is saved (false while another node still holds one)
 */
public record LinkageRunReport(long runId, int modelVersion, int records, int partitions, int partitionsThisTime,
                               long pairs, long linked, long queued, boolean resumed, boolean finished,
                               Duration took) {
}
