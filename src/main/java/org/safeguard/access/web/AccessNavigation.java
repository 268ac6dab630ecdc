package org.safeguard.access.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccessNavigation {

    @Bean
    NavigationLink staffAccountsLink() {
        return NavigationLink.forRoles("Staff accounts", "/admin/staff",
                "Create staff accounts, give roles and switch accounts off.", 900, Role.ADMIN.name());
    }

    @Bean
    NavigationLink organisationLink() {
        return NavigationLink.forRoles("Agencies and teams", "/admin/organisation",
                "Add the agencies that work with Safeguard and their teams.", 910, Role.ADMIN.name());
    }
}
