package org.safeguard.offender.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The RFG priority list in the service navigation (order 340). */
@Configuration(proxyBeanMethods = false)
class RfgNavigation {

    @Bean
    NavigationLink priorityPerpetratorsLink() {
        return NavigationLink.forRoles("Priority perpetrators", "/offenders",
                "The perpetrators presenting the greatest risk, ranked by the recency, frequency and gravity of their "
                        + "domestic abuse and their number of victims; your own area's first.",
                340, Role.OFFICER.name(), Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name(), Role.PROFESSIONAL_STANDARDS.name());
    }
}
