package org.safeguard.access.rules;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them: HMAC-SHA1 over the number of 30-second steps
 * since the Unix epoch, truncated as RFC 4226 section 5.3 says, 6 digits for people. A code is accepted
 * for the step before, the step of, and the step after now (phone clocks drift), and only for a step later
 * than the last one the account used, so a code seen over a shoulder cannot be used again.
 */
public final class OneTimePasswords {

    public static final long STEP_SECONDS = 30;
    /** Steps either side of now that are still accepted (RFC 6238 section 5.2 recommends at most one). */
    public static final int DRIFT_STEPS = 1;

    private final int digits;

    public OneTimePasswords(int digits) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("a one-time password has 6 to 8 digits");
        }
        this.digits = digits;
    }

    /** What people type: six digits. */
    public static OneTimePasswords sixDigits() {
        return new OneTimePasswords(6);
    }

    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one step. */
    public String codeFor(byte[] secret, long step) {
        byte[] hash = hmacSha1(secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16
                | (hash[offset + 2] & 0xff) << 8 | hash[offset + 3] & 0xff;
        int code = binary % (int) Math.pow(10, digits);
        return String.format("%0" + digits + "d", code);
    }

    /** What a typed code turned out to be. */
    public sealed interface Check {
        /** Right, for this step: remember it so it is never accepted again. */
        record Accepted(long step) implements Check { }
        /** Right for this account, but for a step already used or too far from now. */
        record Expired() implements Check { }
        /** Not a code this account's secret makes at any time near now. */
        record Wrong() implements Check { }
    }

    /**
     * Checks a typed code against the steps around {@code now}. {@code lastUsedStep} is the step of the last
     * code accepted for the account (empty before the first); steps up to it are spent. {@code reuseAllowed}
     * lets the step last used be used again (the API, whose client sends the same code with many calls).
     */
    public Check check(byte[] secret, String typed, Instant now, OptionalLong lastUsedStep, boolean reuseAllowed) {
        String code = typed == null ? "" : typed.replace(" ", "").strip();
        if (code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
            return new Check.Wrong();
        }
        long current = stepAt(now);
        long firstUnspent = lastUsedStep.isPresent() ? lastUsedStep.getAsLong() + (reuseAllowed ? 0 : 1) : Long.MIN_VALUE;
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (matches(secret, step, code)) {
                return step >= firstUnspent ? new Check.Accepted(step) : new Check.Expired();
            }
        }
        // A code from a few minutes ago is not a guess: say it has expired rather than that it is wrong.
        for (long step = current - 10; step < current - DRIFT_STEPS; step++) {
            if (matches(secret, step, code)) {
                return new Check.Expired();
            }
        }
        return new Check.Wrong();
    }

    private boolean matches(byte[] secret, long step, String code) {
        return MessageDigest.isEqual(codeFor(secret, step).getBytes(), code.getBytes());
    }

    private static byte[] hmacSha1(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }
}
