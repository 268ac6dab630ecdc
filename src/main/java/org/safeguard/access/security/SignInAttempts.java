package org.safeguard.access.security;

import java.time.Clock;

import org.safeguard.access.rules.AccountRules;
import org.safeguard.access.rules.SignInThrottle;
import org.safeguard.access.store.SignInThrottleStore;
import org.safeguard.audit.AuditActor;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per typed username and records every attempt in the audit log. A wrong second-factor
 * code counts like a wrong password, and only a sign-in completed with both factors forgets the failures, so
 * someone who knows the password cannot guess codes for ever by signing in again.
 */
@Component
class SignInAttempts {

    private final SignInThrottle throttle;
    private final SignInThrottleStore store;
    private final AuditTrail audit;
    private final Clock clock;

    SignInAttempts(SignInThrottle throttle, SignInThrottleStore store, AuditTrail audit, Clock clock) {
        this.throttle = throttle;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isLocked(String typedUsername) {
        return store.find(AccountRules.throttleKey(typedUsername))
                .map(state -> throttle.isLocked(state, clock.instant()))
                .orElse(false);
    }

    @Transactional
    void refusedWhileLocked(String typedUsername) {
        audit.recordFor(actor(typedUsername), AuditEvent.of("SIGN_IN_REFUSED_LOCKED"));
    }

    @Transactional
    void failed(String typedUsername) {
        String key = AccountRules.throttleKey(typedUsername);
        SignInThrottle.State after = throttle.afterFailure(store.findForUpdate(key, clock.instant()), clock.instant());
        store.save(key, after);
        audit.recordFor(actor(typedUsername), AuditEvent.of(after.lockedUntil() != null ? "SIGN_IN_FAILED_LOCKED" : "SIGN_IN_FAILED"));
    }

    @Transactional
    void refusedDisabled(String typedUsername) {
        audit.recordFor(actor(typedUsername), AuditEvent.of("SIGN_IN_REFUSED_DISABLED"));
    }

    @Transactional
    void passwordAccepted(AuditActor staff) {
        audit.recordFor(staff, AuditEvent.of("SIGN_IN_PASSWORD_ACCEPTED"));
    }

    /** A wrong (counted) or expired (not counted: the code was right once) second factor; true when now locked. */
    @Transactional
    boolean secondFactorFailed(AuditActor staff, long accountId, String why, boolean counted) {
        boolean locked = false;
        if (counted) {
            String key = AccountRules.throttleKey(staff.username());
            SignInThrottle.State after = throttle.afterFailure(store.findForUpdate(key, clock.instant()), clock.instant());
            store.save(key, after);
            locked = after.lockedUntil() != null;
        }
        audit.recordFor(staff, AuditEvent.of("SECOND_FACTOR_FAILED", "staff_account", accountId)
                .because(locked ? why + "; sign-in now locked" : why));
        return locked;
    }

    @Transactional
    void succeeded(AuditActor staff) {
        store.clear(AccountRules.throttleKey(staff.username()));
        audit.recordFor(staff, AuditEvent.of("SIGN_IN"));
    }

    private static AuditActor actor(String typedUsername) {
        String name = typedUsername == null ? "" : typedUsername.strip();
        return AuditActor.named(name.length() > 100 ? name.substring(0, 100) : name, null);
    }
}
