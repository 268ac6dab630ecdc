package org.safeguard.notify;

import org.safeguard.access.AccessDecision;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordLocked;
import org.safeguard.access.RecordType;
import org.safeguard.access.Restriction;
import org.springframework.stereotype.Component;

/**
 * Who may read or use a victim's safe contact arrangements (issue 10): only a reader who sees the contact details of
 * the victim's case in full, and — since letters go to the safe address, which may be a refuge — their current
 * address too when it is confidential. Anyone else gets the locked view: a safe number in the wrong hands is how a
 * perpetrator finds a victim.
 */
@Component
class SafeContactAccess {

    private final RecordAccess access;

    SafeContactAccess(RecordAccess access) {
        this.access = access;
    }

    void requireSeen(long personId) {
        AccessDecision decision = access.requireReadable(RecordType.CASE, personId);
        boolean addressClosed = decision.restricted(Restriction.CONFIDENTIAL_ADDRESS)
                && !decision.sees(FieldGroup.CURRENT_ADDRESS);
        if (!decision.sees(FieldGroup.CONTACT_DETAILS) || addressClosed) {
            throw new RecordLocked(decision);
        }
    }
}
