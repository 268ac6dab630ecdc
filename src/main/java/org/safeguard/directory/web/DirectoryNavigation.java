package org.safeguard.directory.web;

import java.util.Arrays;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Partner services" in the service navigation (order 405), for every member of staff. */
@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

    @Bean
    NavigationLink partnerServicesLink() {
        return NavigationLink.forRoles("Partner services", DirectoryPages.DIRECTORY,
                "The directory of services victims are referred to: who runs them, where, what they offer, how to refer.",
                405, Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }
}
