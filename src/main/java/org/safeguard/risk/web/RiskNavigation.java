package org.safeguard.risk.web;

import org.safeguard.access.Role;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The risk module's quality and administration pages in the service navigation (orders 220–240). */
@Configuration(proxyBeanMethods = false)
class RiskNavigation {

    @Bean
    NavigationLink reassessmentsLink() {
        return NavigationLink.forRoles("Re-assessments due", "/risk/reassessments",
                "Victims whose risk a dip-sample review judged too low: assess them again.", 210,
                Role.OFFICER.name(), Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name());
    }

    @Bean
    NavigationLink dipSamplingLink() {
        return NavigationLink.forRoles("Dip sampling", "/risk/dip-samples",
                "Each week's random sample of standard and medium risk assessments, reviewed by a domestic abuse specialist.",
                220, Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name(), Role.ANALYST.name());
    }

    @Bean
    NavigationLink riskCompletionLink() {
        return NavigationLink.forRoles("DASH completion", "/reports/risk-completion",
                "The share of risk assessments with every question asked, and the questions most often not asked.",
                230, Role.SUPERVISOR.name(), Role.ANALYST.name(), Role.DA_SPECIALIST.name(), Role.ADMIN.name());
    }

    @Bean
    NavigationLink riskInstrumentsLink() {
        return NavigationLink.forRoles("Risk instruments", "/admin/instruments",
                "The risk checklists in use and every version kept; add a new version.", 240, Role.ADMIN.name());
    }
}
