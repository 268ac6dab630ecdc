package org.safeguard.intake.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeNavigation {

    @Bean
    NavigationLink recordIncidentLink() {
        return NavigationLink.forRoles("Record an incident", "/incidents/new",
                "Take a call or report, with the history of the phone, address and people on screen as you type.", 100,
                Role.CALL_HANDLER.name(), Role.OFFICER.name(), Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name(),
                Role.PARTNER.name());
    }

    @Bean
    NavigationLink incidentsLink() {
        return NavigationLink.forRoles("Incidents", "/incidents",
                "Find incidents by date, area, grade, status and repeat victim.", 110,
                Role.CALL_HANDLER.name(), Role.OFFICER.name(), Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name());
    }

    @Bean
    NavigationLink oversightLink() {
        return NavigationLink.forRoles("Oversight", "/oversight",
                "Open immediate and high-risk incidents, with response times, for supervisors.", 120,
                Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name());
    }

    @Bean
    NavigationLink checksReportLink() {
        return NavigationLink.forRoles("Checks recorded", "/reports/checks",
                "The share of incidents with intelligence checks recorded (target 100%).", 130,
                Role.SUPERVISOR.name(), Role.ANALYST.name(), Role.DA_SPECIALIST.name(), Role.ADMIN.name());
    }

    @Bean
    NavigationLink skillsLink() {
        return NavigationLink.forRoles("Skills register", "/skills",
                "Which officers are domestic abuse trained (DVERO), specialist and available.", 140,
                Role.SUPERVISOR.name(), Role.ADMIN.name(), Role.CALL_HANDLER.name());
    }
}
