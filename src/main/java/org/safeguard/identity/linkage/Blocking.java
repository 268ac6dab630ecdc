package org.safeguard.identity.linkage;

import java.util.List;

/** Candidate pairs by blocking ({@link BlockingRule}), without ever comparing all pairs. */
public final class Blocking {

    /** Blocks larger than this are not compared within themselves (other rules' keys still apply). */
    public static final int MAX_BLOCK = 1000;

    private Blocking() {
    }

    /** Every blocking key of the record, all rules together (stored to find candidates at intake). */
    public static List<String> keysOf(LinkRecord record) {
        throw new UnsupportedOperationException("to be written");
    }
}
