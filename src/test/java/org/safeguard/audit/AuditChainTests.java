package org.safeguard.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.safeguard.audit.chain.AuditChain;
import org.safeguard.audit.chain.ChainWalk;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash chain rule and the walk that checks it (issue 2: tamper-evident audit log). */
class AuditChainTests {

    private static final Instant AT = Instant.parse("2026-11-24T10:15:30.123456Z");

    private static AuditRecord row(long seq, String username, String action) {
        return new AuditRecord(seq, AT.plusSeconds(seq), username, "POLICE", action, "person", "42", null, "req-1");
    }

    @Test
    void theSameRowAndPredecessorAlwaysHashAlike() {
        assertThat(AuditChain.hashOf(row(1, "officer", "PERSON_VIEWED"), AuditChain.GENESIS))
                .isEqualTo(AuditChain.hashOf(row(1, "officer", "PERSON_VIEWED"), AuditChain.GENESIS))
                .hasSize(64);
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        String original = AuditChain.hashOf(row(1, "officer", "PERSON_VIEWED"), AuditChain.GENESIS);
        assertThat(AuditChain.hashOf(row(1, "officer2", "PERSON_VIEWED"), AuditChain.GENESIS)).isNotEqualTo(original);
        assertThat(AuditChain.hashOf(row(1, "officer", "PERSON_CHANGED"), AuditChain.GENESIS)).isNotEqualTo(original);
        assertThat(AuditChain.hashOf(row(1, "officer", "PERSON_VIEWED"), "1".repeat(64))).isNotEqualTo(original);
        AuditRecord oneMicroLater = new AuditRecord(1, AT.plusSeconds(1).plusNanos(1000), "officer", "POLICE",
                "PERSON_VIEWED", "person", "42", null, "req-1");
        assertThat(AuditChain.hashOf(oneMicroLater, AuditChain.GENESIS)).isNotEqualTo(original);
    }

    @Test
    void movingCharactersBetweenFieldsChangesTheHash() {
        AuditRecord ab = new AuditRecord(1, AT, "ab", "c", "X", null, null, null, null);
        AuditRecord a = new AuditRecord(1, AT, "a", "bc", "X", null, null, null, null);
        AuditRecord empty = new AuditRecord(1, AT, "", "abc", "X", null, null, null, null);
        AuditRecord missing = new AuditRecord(1, AT, null, "abc", "X", null, null, null, null);
        assertThat(AuditChain.hashOf(ab, AuditChain.GENESIS)).isNotEqualTo(AuditChain.hashOf(a, AuditChain.GENESIS));
        assertThat(AuditChain.hashOf(empty, AuditChain.GENESIS)).isNotEqualTo(AuditChain.hashOf(missing, AuditChain.GENESIS));
    }

    @Test
    void anUntouchedChainWalksClean() {
        ChainWalk walk = walkOf(chain(5));
        walk.finish(5, chainHashes[4]);
        assertThat(walk.isBroken()).isFalse();
        assertThat(walk.rowsChecked()).isEqualTo(5);
    }

    @Test
    void anAlteredRowIsTheFirstBrokenLink() {
        AuditRecord[] rows = chain(5);
        ChainWalk walk = new ChainWalk();
        for (int i = 0; i < rows.length; i++) {
            AuditRecord shown = i == 2 ? row(3, "someone-else", rows[2].action()) : rows[i];
            walk.accept(shown, i == 0 ? AuditChain.GENESIS : chainHashes[i - 1], chainHashes[i]);
        }
        assertThat(walk.firstBrokenSeq()).isEqualTo(3L);
        assertThat(walk.problem()).contains("altered");
    }

    @Test
    void aRemovedRowIsFoundByTheGapItLeaves() {
        AuditRecord[] rows = chain(5);
        ChainWalk walk = new ChainWalk();
        for (int i = 0; i < rows.length; i++) {
            if (i != 1) {
                walk.accept(rows[i], i == 0 ? AuditChain.GENESIS : chainHashes[i - 1], chainHashes[i]);
            }
        }
        assertThat(walk.firstBrokenSeq()).isEqualTo(2L);
        assertThat(walk.problem()).contains("missing");
    }

    @Test
    void rowsRemovedFromTheEndAreFoundByTheHead() {
        AuditRecord[] rows = chain(5);
        ChainWalk walk = new ChainWalk();
        for (int i = 0; i < 3; i++) {
            walk.accept(rows[i], i == 0 ? AuditChain.GENESIS : chainHashes[i - 1], chainHashes[i]);
        }
        walk.finish(5, chainHashes[4]);
        assertThat(walk.firstBrokenSeq()).isEqualTo(4L);
    }

    private String[] chainHashes;

    private AuditRecord[] chain(int length) {
        AuditRecord[] rows = new AuditRecord[length];
        chainHashes = new String[length];
        String previous = AuditChain.GENESIS;
        for (int i = 0; i < length; i++) {
            rows[i] = row(i + 1, "user" + i, "ACTION_" + i);
            chainHashes[i] = AuditChain.hashOf(rows[i], previous);
            previous = chainHashes[i];
        }
        return rows;
    }

    private ChainWalk walkOf(AuditRecord[] rows) {
        ChainWalk walk = new ChainWalk();
        for (int i = 0; i < rows.length; i++) {
            walk.accept(rows[i], i == 0 ? AuditChain.GENESIS : chainHashes[i - 1], chainHashes[i]);
        }
        return walk;
    }
}
