package org.safeguard.offender.web;

import org.safeguard.access.Role;
import org.safeguard.offender.Perpetrators;
import org.safeguard.shell.NavigationCount;
import org.safeguard.shell.NavigationLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 'Right to know' prompts in the service navigation (order 370) for those who decide them (supervisors and the
 * specialist team), with the number not yet decided.
 */
@Configuration(proxyBeanMethods = false)
class ProfileNavigation {

    static final String PROMPTS = "/offenders/prompts";

    @Bean
    NavigationLink rightToKnowLink() {
        return NavigationLink.forRoles("Right to know", PROMPTS,
                "Perpetrators near the top of the priority list recorded with a new partner: decide whether to refer for a disclosure.",
                370, Role.SUPERVISOR.name(), Role.DA_SPECIALIST.name());
    }

    @Bean
    NavigationCount promptsToDecide(Perpetrators perpetrators) {
        return new NavigationCount() {
            @Override
            public String path() {
                return PROMPTS;
            }

            @Override
            public int count() {
                return perpetrators.openPromptCount();
            }
        };
    }
}
