package org.safeguard.identity.linkage;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The blocks of a set of prepared records, in primitive arrays: block ids are handed out rule by rule, so a
 * lower id means an earlier rule. A candidate pair belongs to the first block (lowest id) that holds both
 * records and is compared ({@link #compared}: two records or more, at most {@link Blocking#MAX_BLOCK}, and
 * when linking two lists, records of both); that is how a pair found by an earlier rule is not compared
 * again under a later one, and how each pair falls into exactly one partition.
 */
final class BlockIndex {

    private final int size;
    private final int leftCount;
    private final int[] blockStart;
    private final int[] members;
    private final long[] blockHash;
    private final int[] ruleOfBlock;
    private final int[] recordStart;
    private final int[] recordBlocks;

    /**
     * @param leftCount for linking two lists, how many of {@code records} are the left list (the rest are
     *                  the right); for one list, all of them
     */
    BlockIndex(Prepared[] records, int leftCount) {
        this.size = records.length;
        this.leftCount = leftCount;
        KeyTable table = new KeyTable(records.length * 4);
        IntList entryRecord = new IntList(records.length * 8);
        IntList entryBlock = new IntList(records.length * 8);
        IntList blockRule = new IntList(records.length * 4);
        for (BlockingRule rule : BlockingRule.values()) {
            long[][] hashes = new long[records.length][];
            IntStream.range(0, records.length).parallel().forEach(r -> hashes[r] = hashesOf(rule.keysOf(records[r])));
            for (int r = 0; r < records.length; r++) {
                for (long hash : hashes[r]) {
                    int block = table.idOf(hash);
                    if (block == blockRule.size()) {
                        blockRule.add(rule.ordinal());
                    }
                    entryRecord.add(r);
                    entryBlock.add(block);
                }
            }
        }
        int blocks = blockRule.size();
        blockHash = table.hashesById(blocks);
        ruleOfBlock = blockRule.toArray();
        blockStart = new int[blocks + 1];
        members = new int[entryRecord.size()];
        for (int e = 0; e < entryBlock.size(); e++) {
            blockStart[entryBlock.get(e) + 1]++;
        }
        for (int b = 0; b < blocks; b++) {
            blockStart[b + 1] += blockStart[b];
        }
        int[] fill = Arrays.copyOf(blockStart, blocks);
        for (int e = 0; e < entryBlock.size(); e++) {
            members[fill[entryBlock.get(e)]++] = entryRecord.get(e);
        }
        boolean[] compared = new boolean[blocks];
        for (int b = 0; b < blocks; b++) {
            compared[b] = compared(b);
        }
        recordStart = new int[records.length + 1];
        for (int e = 0; e < entryBlock.size(); e++) {
            if (compared[entryBlock.get(e)]) {
                recordStart[entryRecord.get(e) + 1]++;
            }
        }
        for (int r = 0; r < records.length; r++) {
            recordStart[r + 1] += recordStart[r];
        }
        recordBlocks = new int[recordStart[records.length]];
        int[] next = Arrays.copyOf(recordStart, records.length);
        for (int e = 0; e < entryBlock.size(); e++) {
            int block = entryBlock.get(e);
            if (compared[block]) {
                recordBlocks[next[entryRecord.get(e)]++] = block;
            }
        }
        for (int r = 0; r < records.length; r++) {
            Arrays.sort(recordBlocks, recordStart[r], recordStart[r + 1]);
        }
    }

    int blocks() {
        return ruleOfBlock.length;
    }

    BlockingRule ruleOf(int block) {
        return BlockingRule.values()[ruleOfBlock[block]];
    }

    /** Which of {@code partitions} the block's pairs belong to, from the hash of its key. */
    int partitionOf(int block, int partitions) {
        return Math.floorMod(Long.hashCode(blockHash[block]), partitions);
    }

    /** True when the block's pairs are compared: not a lone record, not too large, and (linking) both sides in it. */
    boolean compared(int block) {
        int count = blockStart[block + 1] - blockStart[block];
        if (count < 2 || count > Blocking.MAX_BLOCK) {
            return false;
        }
        if (leftCount == size) {
            return true;
        }
        return members[blockStart[block]] < leftCount && members[blockStart[block + 1] - 1] >= leftCount;
    }

    /** Hands each candidate pair this block produced (its first shared compared block) to {@code pair}. */
    void forEachPair(int block, PairConsumer pair) {
        int from = blockStart[block];
        int to = blockStart[block + 1];
        boolean linking = leftCount < size;
        for (int x = from; x < to; x++) {
            int first = members[x];
            if (linking && first >= leftCount) {
                break;
            }
            for (int y = x + 1; y < to; y++) {
                int second = members[y];
                if (linking && second < leftCount) {
                    continue;
                }
                if (firstSharedBlock(first, second) == block) {
                    pair.accept(first, second);
                }
            }
        }
    }

    /** The lowest compared block both records are in (both lists are sorted), or -1. */
    int firstSharedBlock(int first, int second) {
        int i = recordStart[first];
        int iEnd = recordStart[first + 1];
        int j = recordStart[second];
        int jEnd = recordStart[second + 1];
        while (i < iEnd && j < jEnd) {
            int a = recordBlocks[i];
            int b = recordBlocks[j];
            if (a == b) {
                return a;
            }
            if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return -1;
    }

    @FunctionalInterface
    interface PairConsumer {
        void accept(int first, int second);
    }

    private static long[] hashesOf(List<String> keys) {
        long[] hashes = new long[keys.size()];
        for (int k = 0; k < hashes.length; k++) {
            hashes[k] = hash(keys.get(k));
        }
        return hashes;
    }

    /** A 64-bit hash of a key (FNV-1a, then mixed), the same on every machine. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** Block ids by key hash: an open-addressing table of primitive longs, growing as keys come. */
    private static final class KeyTable {
        private long[] keys;
        private int[] ids;
        private boolean[] used;
        private int count;

        KeyTable(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            keys = new long[capacity];
            ids = new int[capacity];
            used = new boolean[capacity];
        }

        /** The key's id, a new one (the next number) when it is new. */
        int idOf(long key) {
            int mask = keys.length - 1;
            int slot = (int) (key ^ (key >>> 32)) & mask;
            while (used[slot]) {
                if (keys[slot] == key) {
                    return ids[slot];
                }
                slot = (slot + 1) & mask;
            }
            used[slot] = true;
            keys[slot] = key;
            ids[slot] = count;
            count++;
            if (count * 2 > keys.length) {
                grow();
            }
            return count - 1;
        }

        long[] hashesById(int blocks) {
            long[] byId = new long[blocks];
            for (int slot = 0; slot < keys.length; slot++) {
                if (used[slot]) {
                    byId[ids[slot]] = keys[slot];
                }
            }
            return byId;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldIds = ids;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            ids = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int slot = 0; slot < oldKeys.length; slot++) {
                if (oldUsed[slot]) {
                    int to = (int) (oldKeys[slot] ^ (oldKeys[slot] >>> 32)) & mask;
                    while (used[to]) {
                        to = (to + 1) & mask;
                    }
                    used[to] = true;
                    keys[to] = oldKeys[slot];
                    ids[to] = oldIds[slot];
                }
            }
        }
    }

    /** A growable list of ints. */
    static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(16, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length + (values.length >> 1));
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
