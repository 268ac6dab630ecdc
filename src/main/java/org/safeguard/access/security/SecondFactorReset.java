package org.safeguard.access.security;

import org.safeguard.access.store.SecondFactorStore;
import org.safeguard.access.store.StaffAccountStore;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An ADMIN forgets a member of staff's second factor (a lost phone): their next sign-in sets up an app again. */
@Service
public class SecondFactorReset {

    private final SecondFactorStore store;
    private final StaffAccountStore accounts;
    private final AuditTrail audit;

    SecondFactorReset(SecondFactorStore store, StaffAccountStore accounts, AuditTrail audit) {
        this.store = store;
        this.accounts = accounts;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String reset(long accountId, String reason) {
        var account = accounts.byId(accountId).orElseThrow(() -> new RecordNotFound("staff account", accountId));
        String why = reason == null ? "" : reason.strip();
        new InvalidRequest.Check()
                .require(!why.isEmpty(), "reason", "Enter why the second factor is being reset")
                .require(why.length() <= 500, "reason", "The reason must be 500 characters or fewer")
                .throwIfAny();
        store.forget(accountId);
        audit.record(AuditEvent.of("SECOND_FACTOR_RESET", "staff_account", accountId).because(why));
        return account.displayName();
    }
}
