package org.safeguard.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.safeguard.audit.AuditRecord;

/**
 * The hash chain's one rule: a row's hash is SHA-256 over its own content and the previous row's
 * hash. Fields are written with their length in front, so no choice of values can make two
 * different rows hash alike ("ab" + "c" versus "a" + "bc"). Times count in microseconds, the
 * precision PostgreSQL stores.
 */
public final class AuditChain {

    /** The "previous hash" of the very first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hashOf(AuditRecord row, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(row.seq()));
        field(canonical, Long.toString(epochMicros(row.occurredAt())));
        field(canonical, row.username());
        field(canonical, row.agency());
        field(canonical, row.action());
        field(canonical, row.subjectType());
        field(canonical, row.subjectId());
        field(canonical, row.reason());
        field(canonical, row.requestId());
        field(canonical, previousHash);
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The time as the database will keep it. */
    public static Instant storable(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    private static long epochMicros(Instant time) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time);
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-1:");
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
        canonical.append('|');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
