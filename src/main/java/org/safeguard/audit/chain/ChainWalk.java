package org.safeguard.audit.chain;

import org.safeguard.audit.AuditRecord;

/**
 * Walks the chain row by row, oldest first, and remembers the first row that does not hold:
 * a missing row (a gap in the numbering), a row that does not point at its predecessor's hash,
 * or a row whose content no longer matches its own hash.
 */
public final class ChainWalk {

    private long expectedSeq = 1;
    private String previousHash = AuditChain.GENESIS;
    private long rowsChecked;
    private Long firstBrokenSeq;
    private String problem;

    public void accept(AuditRecord row, String rowPreviousHash, String rowHash) {
        if (isBroken()) {
            return;
        }
        rowsChecked++;
        long seq = row.seq();
        if (seq != expectedSeq) {
            breakAt(expectedSeq, "Row " + expectedSeq + " is missing: the next row found is " + seq + ".");
        } else if (!rowPreviousHash.equals(previousHash)) {
            breakAt(seq, "Row " + seq + " does not follow row " + (seq - 1) + ": its link to the previous hash is wrong.");
        } else if (!AuditChain.hashOf(row, previousHash).equals(rowHash)) {
            breakAt(seq, "Row " + seq + " has been altered: its content no longer matches its hash.");
        } else {
            expectedSeq = seq + 1;
            previousHash = rowHash;
        }
    }

    /** Checks that the recorded head is the last row walked, so rows removed from the end are noticed. */
    public void finish(long headSeq, String headHash) {
        if (isBroken()) {
            return;
        }
        long lastSeq = expectedSeq - 1;
        if (headSeq != lastSeq || !headHash.equals(previousHash)) {
            breakAt(lastSeq + 1, "The log ends at row " + lastSeq + " but " + headSeq
                    + " rows were written: rows at the end have been removed or the head was altered.");
        }
    }

    public boolean isBroken() {
        return firstBrokenSeq != null;
    }

    public long rowsChecked() {
        return rowsChecked;
    }

    public Long firstBrokenSeq() {
        return firstBrokenSeq;
    }

    public String problem() {
        return problem;
    }

    private void breakAt(long seq, String what) {
        firstBrokenSeq = seq;
        problem = what;
    }
}
