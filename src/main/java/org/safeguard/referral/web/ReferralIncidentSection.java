package org.safeguard.referral.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentSection;
import org.safeguard.intake.IncidentSectionContributor;
import org.safeguard.intake.PartyRole;
import org.safeguard.referral.Referral;
import org.safeguard.referral.Referrals;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The "Referrals" section of a domestic abuse incident's page: its victims' referrals from this incident, each
 * linked, and for each victim a way to make one by hand.
 */
@Component
class ReferralIncidentSection implements IncidentSectionContributor {

    private final Referrals referrals;
    private final Clock clock;

    /** Referrals is taken lazily: it reads incidents, whose page sections include this one. */
    ReferralIncidentSection(@Lazy Referrals referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<IncidentSection> sectionFor(Incident incident) {
        if (!incident.domesticAbuse() || incident.partiesIn(PartyRole.VICTIM).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<IncidentSection.Line> lines = new ArrayList<>();
        for (Referral referral : referrals.fromIncident(incident.id())) {
            lines.add(new IncidentSection.Line(referral.victimName(), referral.serviceName() + " — " + referral.reason(),
                    referral.overdue(now) ? "Overdue" : referral.status().label(), tagColour(referral, now),
                    "View the referral", "/referrals/" + referral.id()));
        }
        for (Incident.Party victim : incident.partiesIn(PartyRole.VICTIM)) {
            lines.add(new IncidentSection.Line(victim.name(), "All of this victim's referrals, and making one by hand.",
                    null, null, "Refer " + victim.name() + " from this incident",
                    "/victims/" + victim.personId() + "/referrals/new?incidentId=" + incident.id()));
        }
        return Optional.of(new IncidentSection("Referrals", lines, List.of()));
    }

    static String tagColour(Referral referral, Instant now) {
        if (referral.overdue(now)) {
            return "red";
        }
        return switch (referral.status()) {
            case MADE, RECEIVED -> "blue";
            case ACCEPTED -> "green";
            case DECLINED -> "orange";
            case CLOSED -> "grey";
        };
    }
}
