package org.safeguard.referral.web;

import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.Optional;

import org.safeguard.referral.Referrals;
import org.safeguard.safeguarding.BoardSection;
import org.safeguard.safeguarding.BoardSectionContributor;
import org.safeguard.shell.UkTime;
import org.springframework.stereotype.Component;

/** "Referrals overdue" on the board: referrals I or my team sent that are past the service's SLA, unanswered. */
@Component
class OverdueReferralsSection implements BoardSectionContributor {

    private final Referrals referrals;
    private final UkTime time;
    private final Clock clock;

    OverdueReferralsSection(Referrals referrals, UkTime time, Clock clock) {
        this.referrals = referrals;
        this.time = time;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<BoardSection> section() {
        Instant now = clock.instant();
        return Optional.of(new BoardSection("Referrals overdue",
                "No referral you or your team sent is waiting past the service's time to answer.",
                referrals.sentOverdue().stream().map(r -> new BoardSection.Line(r.victimName(),
                        r.serviceName() + ": " + r.status().label().toLowerCase() + ", due " + time.moment(r.dueBy())
                                + " (" + late(Duration.between(r.dueBy(), now)) + " late)",
                        "Overdue", "red", "View the referral", "/referrals/" + r.id())).toList()));
    }

    private static String late(Duration late) {
        long hours = late.toHours();
        return hours < 1 ? "under an hour" : hours < 48 ? hours + (hours == 1 ? " hour" : " hours") : late.toDays() + " days";
    }
}
