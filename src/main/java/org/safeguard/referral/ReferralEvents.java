package org.safeguard.referral;

import org.safeguard.intake.IncidentRecorded;
import org.safeguard.intake.PartyAdded;
import org.safeguard.risk.RiskAssessed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Where referrals hear of other modules' work: a completed risk assessment and a domestic abuse incident run the
 * routing rules (and so does a person added to an incident later). Each runs after the publisher commits, in its own transaction, and is retried from the event
 * registry until it succeeds; handling an event twice makes no second referral.
 */
@Component
class ReferralEvents {

    private final Routing routing;

    ReferralEvents(Routing routing) {
        this.routing = routing;
    }

    @ApplicationModuleListener
    void on(RiskAssessed assessed) {
        routing.riskAssessed(assessed);
    }

    @ApplicationModuleListener
    void on(IncidentRecorded recorded) {
        routing.incidentRecorded(recorded);
    }

    /**
     * A person added to an incident later: the incident's rules run again as it now stands. Victims already routed
     * from it keep their referrals (one per incident, victim and kind); an added victim or child is routed now.
     */
    @ApplicationModuleListener
    void on(PartyAdded added) {
        routing.incidentRecorded(added.incident());
    }
}
