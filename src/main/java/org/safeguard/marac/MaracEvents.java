package org.safeguard.marac;

import org.safeguard.directory.ServiceKind;
import org.safeguard.referral.ReferralClosed;
import org.safeguard.referral.ReferralMade;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Where the MARAC hears of other modules' work: a referral to MARAC becomes a case on the next agenda with space;
 * a MARAC referral closed or declined by its sender or the service withdraws that case while it is not yet heard.
 * Runs after the referral commits, in its own transaction, retried from the event registry until it succeeds; a
 * referral already listed is left as it is.
 */
@Component
class MaracEvents {

    private final ReferralListing listing;

    MaracEvents(ReferralListing listing) {
        this.listing = listing;
    }

    /** The MARAC itself completes referrals without this event; any closing that comes here is someone else's. */
    @ApplicationModuleListener
    void on(ReferralClosed closed) {
        if (closed.kind() == ServiceKind.MARAC) {
            listing.withdraw(closed);
        }
    }

    @ApplicationModuleListener
    void on(ReferralMade made) {
        if (made.serviceKind() == ServiceKind.MARAC) {
            listing.list(made);
        }
    }
}
