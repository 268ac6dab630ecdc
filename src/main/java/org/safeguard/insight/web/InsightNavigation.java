package org.safeguard.insight.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The performance dashboard in the service navigation (order 470), for the dashboard's readers. */
@Configuration(proxyBeanMethods = false)
class InsightNavigation {

    @Bean
    NavigationLink performanceLink() {
        return NavigationLink.forRoles("Performance", InsightPages.OVERVIEW,
                "The partnership's measures against national benchmarks: incidents and crimes, outcomes, response, risk, "
                        + "MARAC, IDVAs, the victim's journey, when incidents happen and equality, with charts and CSV.", 470,
                Role.ANALYST.name(), Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name(), Role.MARAC_COORDINATOR.name(),
                Role.ADMIN.name());
    }
}
