package org.safeguard.marac.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Overdue MARAC actions in the service navigation (order 450), for the coordinators and for the roles that chair a
 * MARAC; the page itself shows each user only the MARACs they coordinate or chair.
 */
@Configuration(proxyBeanMethods = false)
class ActionNavigation {

    @Bean
    NavigationLink overdueMaracActionsLink() {
        return NavigationLink.forRoles("Overdue MARAC actions", ActionPages.OVERDUE,
                "Open MARAC actions past their due date, for the chair and the coordinator before the next meeting.", 450,
                Role.MARAC_COORDINATOR.name(), Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name());
    }
}
