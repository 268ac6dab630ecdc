package org.safeguard.marac;

import org.safeguard.directory.ServiceKind;
import org.safeguard.referral.ReferralMade;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Where the MARAC hears of other modules' work: a referral to MARAC becomes a case on the next agenda with space.
 * Runs after the referral commits, in its own transaction, retried from the event registry until it succeeds; a
 * referral already listed is left as it is.
 */
@Component
class MaracEvents {

    private final ReferralListing listing;

    MaracEvents(ReferralListing listing) {
        this.listing = listing;
    }

    @ApplicationModuleListener
    void on(ReferralMade made) {
        if (made.serviceKind() == ServiceKind.MARAC) {
            listing.list(made);
        }
    }
}
