package org.safeguard.referral.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Referrals in the service navigation (order 410) for those who work them, and the routing rules (415) for administrators. */
@Configuration(proxyBeanMethods = false)
class ReferralNavigation {

    @Bean
    NavigationLink referralsLink() {
        return NavigationLink.forRoles("Referrals", ReferralPages.INBOX,
                "Referrals to your agency's services, overdue first, and those you and your team sent.", 410,
                Role.OFFICER.name(), Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name(), Role.IDVA.name(),
                Role.MARAC_COORDINATOR.name(), Role.PARTNER.name());
    }

    @Bean
    NavigationLink routingRulesLink() {
        return NavigationLink.forRoles("Routing rules", RoutingRulePages.RULES,
                "Who victims are referred to and why: the rules in force, their versions, publishing a new one.", 415,
                Role.ADMIN.name());
    }
}
