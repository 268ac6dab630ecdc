package org.safeguard.offender.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calendar of orders and bail ending, in the service navigation (order 350). */
@Configuration(proxyBeanMethods = false)
class OrderNavigation {

    @Bean
    NavigationLink ordersEndingLink() {
        return NavigationLink.forRoles("Orders ending", "/offenders/orders",
                "Orders, notices and bail conditions ending in the next 28 days, soonest first, so victims are told in time.",
                350, Role.OFFICER.name(), Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name());
    }
}
