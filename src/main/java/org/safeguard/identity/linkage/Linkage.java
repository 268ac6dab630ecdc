package org.safeguard.identity.linkage;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Linkage of many records in memory: the records are prepared once (normalised, phonetic codes),
 * blocked, and every candidate pair is scored on all cores. The candidate pairs fall into
 * {@code partitions} by the hash of their block key, so a long job can do one partition at a time,
 * save it, and start again after a crash from the first partition not saved.
 */
public final class Linkage {

    private Linkage() {
    }

    /** Prepares and blocks records of one list (deduplication: every pair within it is a candidate). */
    public static Linkage within(List<LinkRecord> records) {
        throw new UnsupportedOperationException("to be written");
    }

    /** Prepares and blocks two lists (linking: only pairs with one record from each side are candidates). */
    public static Linkage between(List<LinkRecord> left, List<LinkRecord> right) {
        throw new UnsupportedOperationException("to be written");
    }

    /**
     * Scores every candidate pair of one partition and hands each scored at or above
     * {@code thresholds.reviewFrom()} to {@code found} (from several threads: the consumer must be
     * thread-safe). Returns how many pairs were compared.
     */
    public long scorePartition(LinkageModel model, Thresholds thresholds, int partition, int partitions,
                               Consumer<MatchScore> found) {
        throw new UnsupportedOperationException("to be written");
    }

    /** All partitions at once: {@code scorePartition(model, thresholds, 0, 1, found)}. */
    public long scoreAll(LinkageModel model, Thresholds thresholds, Consumer<MatchScore> found) {
        return scorePartition(model, thresholds, 0, 1, found);
    }

    /** Candidate pairs each rule contributes (a pair counts for the first rule that finds it). */
    public Map<BlockingRule, Long> pairsPerRule() {
        throw new UnsupportedOperationException("to be written");
    }

    /** The (prepared) record with this id. */
    public LinkRecord record(long id) {
        throw new UnsupportedOperationException("to be written");
    }
}
