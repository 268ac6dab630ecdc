package org.safeguard.safeguarding;

import org.safeguard.offender.CustodyDecision;
import org.safeguard.offender.OrderEndedEarly;
import org.safeguard.offender.OrderExpiring;
import org.safeguard.intake.IncidentRecorded;
import org.safeguard.intake.PartyAdded;
import org.safeguard.risk.ReassessmentRequested;
import org.safeguard.risk.RiskAssessed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Where cases hear of other modules' work. Each listener runs after the publishing transaction commits,
 * in its own transaction; the event publication registry keeps an event until its listener succeeds, so
 * a case never misses an incident, a level or a deadline. Handling an event twice changes nothing more.
 */
@Component
class CaseEvents {

    private final Cases cases;

    CaseEvents(Cases cases) {
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(IncidentRecorded recorded) {
        cases.incidentRecorded(recorded);
    }

    /** A victim added to an incident after it was recorded gets their case as if they had been there from the start. */
    @ApplicationModuleListener
    void on(PartyAdded added) {
        cases.incidentRecorded(added.incident());
    }

    @ApplicationModuleListener
    void on(RiskAssessed assessed) {
        cases.riskAssessed(assessed);
    }

    @ApplicationModuleListener
    void on(ReassessmentRequested requested) {
        cases.reassessmentRequested(requested);
    }

    @ApplicationModuleListener
    void on(CustodyDecision decision) {
        cases.custodyDecision(decision);
    }

    @ApplicationModuleListener
    void on(OrderExpiring expiring) {
        cases.orderExpiring(expiring);
    }

    @ApplicationModuleListener
    void on(OrderEndedEarly ended) {
        cases.orderEndedEarly(ended);
    }
}
