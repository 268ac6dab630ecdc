package org.safeguard.safeguarding.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The safeguarding pages in the service navigation (orders 300–310). */
@Configuration(proxyBeanMethods = false)
class SafeguardingNavigation {

    @Bean
    NavigationLink boardLink() {
        return NavigationLink.forRoles("My board", "/board",
                "The victims you are the single point of contact for, your tasks (overdue first) and your team's overdue tasks.",
                300, Role.OFFICER.name(), Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name(), Role.IDVA.name(),
                Role.PARTNER.name(), Role.MARAC_COORDINATOR.name());
    }

    @Bean
    NavigationLink briefingLink() {
        return NavigationLink.forRoles("Neighbourhood briefing", "/briefings",
                "A printable list of an area's high-risk and repeat victims with open cases, for the safer neighbourhood team.",
                310, Role.OFFICER.name(), Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name());
    }
}
