package org.safeguard.identity.linkage;

import java.util.ArrayList;
import java.util.List;

/** Candidate pairs by blocking ({@link BlockingRule}), without ever comparing all pairs. */
public final class Blocking {

    /**
     * Blocks larger than this are not compared within themselves (other rules' keys still apply). A block
     * of this size costs about 5,000 comparisons; larger ones are the commonest names, where the other
     * rules' smaller blocks find the same pairs.
     */
    public static final int MAX_BLOCK = 100;

    private Blocking() {
    }

    /** Every blocking key of the record, all rules together (stored to find candidates at intake). */
    public static List<String> keysOf(LinkRecord record) {
        Prepared prepared = new Preparation().prepare(record);
        List<String> keys = new ArrayList<>();
        for (BlockingRule rule : BlockingRule.values()) {
            keys.addAll(rule.keysOf(prepared));
        }
        return keys;
    }
}
