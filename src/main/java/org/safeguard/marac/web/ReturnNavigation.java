package org.safeguard.marac.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The quarterly MARAC return in the service navigation (order 460), for those who report on the MARACs. */
@Configuration(proxyBeanMethods = false)
class ReturnNavigation {

    @Bean
    NavigationLink maracReturnLink() {
        return NavigationLink.forRoles("MARAC return", ReturnPages.RETURNS,
                "The quarterly MARAC data return: cases heard, repeats, referrers, children and equality, as CSV.", 460,
                Role.MARAC_COORDINATOR.name(), Role.SUPERVISOR.name(), Role.ANALYST.name(), Role.DA_SPECIALIST.name());
    }
}
