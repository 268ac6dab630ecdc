package org.safeguard.offender.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Programme reviews in the service navigation (order 380), for the supervisors and specialists who hold them. */
@Configuration(proxyBeanMethods = false)
class ProgrammeNavigation {

    @Bean
    NavigationLink programmeReviewsLink() {
        return NavigationLink.forRoles("Programme reviews", ProgrammePages.REVIEWS,
                "Perpetrator programme reviews due: monthly case management and risk alerts, overdue first.", 380,
                Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name());
    }
}
