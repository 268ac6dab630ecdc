package org.safeguard.referral.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.safeguard.referral.Referrals;
import org.safeguard.safeguarding.BoardSection;
import org.safeguard.safeguarding.BoardSectionContributor;
import org.safeguard.shell.UkTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two board sections for the sender: "Referrals that could not be made" (a rule called for a service no active
 * service in the victim's area offers) and "Declined referrals of high-risk victims" (until the sender closes them).
 */
@Configuration
class ReferralsNeedingAttentionSections {

    /** A board section at an order, its lines read when the board is shown. */
    private record Section(int order, String title, String whenEmpty, Supplier<List<BoardSection.Line>> lines)
            implements BoardSectionContributor {

        @Override
        public Optional<BoardSection> section() {
            return Optional.of(new BoardSection(title, whenEmpty, lines.get()));
        }
    }

    @Bean
    BoardSectionContributor unmadeReferralsSection(Referrals referrals, UkTime time) {
        return new Section(11, "Referrals that could not be made", "Every referral the rules called for was made.",
                () -> referrals.unmade().stream().map(u -> new BoardSection.Line(u.victimName(),
                        "No " + u.kind().label() + " covers " + (u.area() == null ? "an unknown area" : u.area())
                                + " (rule " + u.ruleId() + ", " + time.moment(u.at()) + "): refer by hand",
                        "Not made", "red", "Make a referral", "/victims/" + u.victimId() + "/referrals/new"
                                + (u.incidentId() == null ? "" : "?incidentId=" + u.incidentId()))).toList());
    }

    @Bean
    BoardSectionContributor declinedHighRiskSection(Referrals referrals, UkTime time) {
        return new Section(12, "Declined referrals of high-risk victims",
                "No service has declined a high-risk victim you or your team referred.",
                () -> referrals.declinedHighRisk().stream().map(r -> new BoardSection.Line(r.victimName(),
                        r.serviceName() + " declined " + time.moment(r.decidedAt()) + ": close it once acted on",
                        "Declined", "orange", "View the referral", "/referrals/" + r.id())).toList());
    }
}
