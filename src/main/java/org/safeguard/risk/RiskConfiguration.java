package org.safeguard.risk;

import org.safeguard.risk.rules.EscalationRule;
import org.safeguard.risk.rules.RiskScoring;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The risk rules built from the force's settings ({@code safeguard.risk.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RiskSettings.class)
@EnableScheduling
class RiskConfiguration {

    @Bean
    EscalationRule escalationRule(RiskSettings settings) {
        return new EscalationRule(settings.escalationWindow(), settings.escalationCallOuts());
    }

    @Bean
    RiskScoring riskScoring(RiskSettings settings, EscalationRule escalation) {
        return new RiskScoring(settings.mediumFrom(), settings.highFrom(), settings.visibleHighRiskFrom(), escalation);
    }
}
