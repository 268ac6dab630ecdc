package org.safeguard.access.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Records due for retention review in the service navigation (order 880), for the owning teams and administrators. */
@Configuration(proxyBeanMethods = false)
class RetentionNavigation {

    @Bean
    NavigationLink retentionReviewLink() {
        return NavigationLink.forRoles("Records due for review", RetentionPages.PAGE,
                "Your agency's and team's records with no activity for their review period: keep them, with a reason, "
                        + "until the next review.", 880, Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name(), Role.ADMIN.name());
    }
}
