package org.safeguard.identity.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Linkage of many records in memory: the records are prepared once (normalised, phonetic codes),
 * blocked, and every candidate pair is scored on all cores. The candidate pairs fall into
 * {@code partitions} by the hash of their block key, so a long job can do one partition at a time,
 * save it, and start again after a crash from the first partition not saved.
 * <p>
 * A pair is handed over as {@link MatchScore} only when it reaches the review threshold; below it, nothing
 * is kept. Within one list the first id of a pair is the record earlier in the list; between two lists it
 * is the left one.
 */
public final class Linkage {

    private final List<LinkRecord> records;
    private final Prepared[] prepared;
    private final BlockIndex blocks;
    /** Ids by position when they ascend (found by binary search), else null and {@link #positions} is used. */
    private final long[] ascendingIds;
    private final Map<Long, Integer> positions;
    private volatile Map<BlockingRule, Long> pairsPerRule;

    private Linkage(List<LinkRecord> records, int leftCount) {
        this.records = records;
        Preparation preparation = new Preparation();
        this.prepared = records.parallelStream().map(preparation::prepare).toArray(Prepared[]::new);
        this.blocks = new BlockIndex(prepared, leftCount);
        long[] ids = records.stream().mapToLong(LinkRecord::id).toArray();
        boolean ascending = true;
        for (int r = 1; r < ids.length && ascending; r++) {
            ascending = ids[r - 1] < ids[r];
        }
        this.ascendingIds = ascending ? ids : null;
        this.positions = ascending ? Map.of() : new HashMap<>(records.size() * 2);
        for (int r = 0; !ascending && r < records.size(); r++) {
            Integer earlier = positions.putIfAbsent(records.get(r).id(), r);
            if (earlier != null) {
                throw new IllegalArgumentException("Record id " + records.get(r).id() + " is given twice (at "
                        + earlier + " and " + r + "): each record in a linkage needs its own id");
            }
        }
    }

    /** Prepares and blocks records of one list (deduplication: every pair within it is a candidate). */
    public static Linkage within(List<LinkRecord> records) {
        return new Linkage(List.copyOf(records), records.size());
    }

    /** Prepares and blocks two lists (linking: only pairs with one record from each side are candidates). */
    public static Linkage between(List<LinkRecord> left, List<LinkRecord> right) {
        List<LinkRecord> both = new ArrayList<>(left.size() + right.size());
        both.addAll(left);
        both.addAll(right);
        return new Linkage(Collections.unmodifiableList(both), left.size());
    }

    /**
     * Scores every candidate pair of one partition and hands each scored at or above
     * {@code thresholds.reviewFrom()} to {@code found} (from several threads: the consumer must be
     * thread-safe). Returns how many pairs were compared.
     */
    public long scorePartition(LinkageModel model, Thresholds thresholds, int partition, int partitions,
                               Consumer<MatchScore> found) {
        if (partitions < 1 || partition < 0 || partition >= partitions) {
            throw new IllegalArgumentException("partition " + partition + " of " + partitions + " does not exist");
        }
        return IntStream.range(0, blocks.blocks()).parallel()
                .filter(block -> blocks.compared(block) && blocks.partitionOf(block, partitions) == partition)
                .mapToLong(block -> {
                    int[] levels = new int[Agreement.COMPARISONS];
                    long[] compared = new long[1];
                    blocks.forEachPair(block, (i, j) -> {
                        compared[0]++;
                        Prepared first = prepared[i];
                        Prepared second = prepared[j];
                        boolean swapped = Agreement.compare(first, second, levels);
                        double weight = model.weight(first, levels);
                        if (LinkageModel.probability(weight) >= thresholds.reviewFrom()) {
                            found.accept(model.matchScore(first, second, levels, swapped, weight));
                        }
                    });
                    return compared[0];
                }).sum();
    }

    /** All partitions at once: {@code scorePartition(model, thresholds, 0, 1, found)}. */
    public long scoreAll(LinkageModel model, Thresholds thresholds, Consumer<MatchScore> found) {
        return scorePartition(model, thresholds, 0, 1, found);
    }

    /** Candidate pairs each rule contributes (a pair counts for the first rule that finds it). */
    public Map<BlockingRule, Long> pairsPerRule() {
        Map<BlockingRule, Long> counted = pairsPerRule;
        if (counted == null) {
            LongAdder[] perRule = new LongAdder[BlockingRule.values().length];
            for (int r = 0; r < perRule.length; r++) {
                perRule[r] = new LongAdder();
            }
            IntStream.range(0, blocks.blocks()).parallel().filter(blocks::compared).forEach(block -> {
                long[] pairs = new long[1];
                blocks.forEachPair(block, (i, j) -> pairs[0]++);
                perRule[blocks.ruleOf(block).ordinal()].add(pairs[0]);
            });
            counted = new EnumMap<>(BlockingRule.class);
            for (BlockingRule rule : BlockingRule.values()) {
                counted.put(rule, perRule[rule.ordinal()].sum());
            }
            counted = Collections.unmodifiableMap(counted);
            pairsPerRule = counted;
        }
        return counted;
    }

    /** The record with this id, as it was given. */
    public LinkRecord record(long id) {
        return records.get(positionOf(id));
    }

    /**
     * True when the pair is a candidate pair: the records share a key of a rule in a block small enough to
     * compare. For measuring blocking: true pairs that are not candidates can never be found.
     */
    public boolean compares(long firstId, long secondId) {
        int first = positionOf(firstId);
        int second = positionOf(secondId);
        return first != second && blocks.firstSharedBlock(first, second) >= 0;
    }

    private int positionOf(long id) {
        Integer position = ascendingIds == null ? positions.get(id) : found(Arrays.binarySearch(ascendingIds, id));
        if (position == null) {
            throw new IllegalArgumentException("No record " + id + " in this linkage");
        }
        return position;
    }

    private static Integer found(int index) {
        return index >= 0 ? index : null;
    }
}
