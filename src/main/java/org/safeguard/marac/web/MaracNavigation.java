package org.safeguard.marac.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The MARAC coordinator's home (order 400) and the MARAC areas (order 460) in the service navigation. */
@Configuration(proxyBeanMethods = false)
class MaracNavigation {

    @Bean
    NavigationLink maracHomeLink() {
        return NavigationLink.forRoles("MARAC", AgendaPages.HOME,
                "Your MARACs: coming meetings, cases waiting for a place, transfers to accept.", 400,
                Role.MARAC_COORDINATOR.name());
    }

    @Bean
    NavigationLink maracAreasLink() {
        return NavigationLink.forRoles("MARAC areas", AreaPages.AREAS,
                "The MARACs: the towns each covers, when it meets, its capacity, chair, coordinator and agencies.", 460,
                Role.MARAC_COORDINATOR.name(), Role.ADMIN.name());
    }
}
