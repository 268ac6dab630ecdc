package org.safeguard.referral;

import java.time.Instant;

import org.safeguard.access.SignedInStaff;
import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.referral.store.ReferralStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every move of a referral by a signed-in person shares: finding it, recording the step and its audit, telling
 * the MARAC when it ends, and refusing a stale version.
 */
@Component
class ReferralSteps {

    private final ReferralStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ReferralSteps(ReferralStore store, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    Referral found(long id) {
        return store.find(id).orElseThrow(() -> new RecordNotFound("referral", id));
    }

    Referral stepped(long id, String step, Instant at, String note, String action, String auditReason) {
        store.step(id, step, at, SignedInStaff.current().username(), note);
        AuditEvent event = AuditEvent.of(action, "referral", id);
        audit.record(auditReason == null ? event : event.because(auditReason));
        return store.find(id).orElseThrow();
    }

    /** Tells other modules (the MARAC) that a person ended the referral. */
    Referral ended(Referral referral, String reason, Instant at) {
        events.publishEvent(new ReferralClosed(referral.id(), referral.victimId(), referral.serviceKind(), referral.status(),
                reason, at, SignedInStaff.current().username()));
        return referral;
    }

    static void saved(boolean updated) {
        if (!updated) {
            throw new ConcurrentEdit("This referral");
        }
    }
}
