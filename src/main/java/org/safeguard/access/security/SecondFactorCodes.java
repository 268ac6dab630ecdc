package org.safeguard.access.security;

import java.time.Clock;
import java.util.Optional;

import org.safeguard.access.rules.OneTimePasswords;
import org.safeguard.access.rules.OneTimePasswords.Check;
import org.safeguard.access.store.SecondFactorStore;
import org.safeguard.access.store.SecondFactorStore.Stored;
import org.safeguard.audit.AuditActor;
import org.springframework.stereotype.Component;

/**
 * Checks a typed one-time password against an account's sealed secret and spends its step, for the pages
 * and for the API alike; a failure is counted and audited by {@link SignInAttempts}.
 */
@Component
class SecondFactorCodes {

    static final String WRONG = "The code is not right. Enter the 6-digit code your authenticator app shows for Safeguard";
    static final String EXPIRED = "That code has expired. Enter the code your app shows now.";
    static final String MISSING = "Enter the 6-digit code from your authenticator app";

    private final SecondFactorStore store;
    private final SecretSealing sealing;
    private final SignInAttempts attempts;
    private final Clock clock;
    private final OneTimePasswords passwords = OneTimePasswords.sixDigits();

    SecondFactorCodes(SecondFactorStore store, SecretSealing sealing, SignInAttempts attempts, Clock clock) {
        this.store = store;
        this.sealing = sealing;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** What became of a typed code. */
    sealed interface Result {
        record Passed(long step) implements Result { }
        record Refused(String message, boolean locked) implements Result { }
    }

    Optional<Stored> stored(long accountId) {
        return store.find(accountId);
    }

    byte[] secretOf(Stored stored) {
        return sealing.open(stored.sealedSecret(), stored.accountId());
    }

    /**
     * Checks the code and spends its step. {@code reuse}: the step last used passes again (the API only).
     * The caller's account must have a stored secret (enrolled, or being set up).
     */
    Result check(AuditActor who, Stored stored, String typed, boolean reuse) {
        if (typed == null || typed.isBlank()) {
            attempts.secondFactorFailed(who, stored.accountId(), "no code", false);
            return new Result.Refused(MISSING, false);
        }
        Check check = passwords.check(secretOf(stored), typed, clock.instant(), stored.lastStep(), reuse);
        if (check instanceof Check.Accepted accepted) {
            boolean spent = stored.enrolled() ? store.spend(stored.accountId(), accepted.step(), reuse)
                    : store.enrol(stored.accountId(), accepted.step());
            if (spent) {
                return new Result.Passed(accepted.step());
            }
            check = new Check.Expired();
        }
        boolean wrong = check instanceof Check.Wrong;
        boolean locked = attempts.secondFactorFailed(who, stored.accountId(), wrong ? "wrong code" : "expired or used code", wrong);
        return new Result.Refused(wrong ? WRONG : EXPIRED, locked);
    }

    boolean isLocked(AuditActor who) {
        return attempts.isLocked(who.username());
    }
}
