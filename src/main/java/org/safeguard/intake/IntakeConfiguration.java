package org.safeguard.intake;

import org.safeguard.intake.rules.RepeatVictimRule;
import org.safeguard.intake.rules.ResponseTargets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The intake rules built from the force's settings ({@code safeguard.intake.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeSettings.class)
class IntakeConfiguration {

    @Bean
    RepeatVictimRule repeatVictimRule(IntakeSettings settings) {
        return new RepeatVictimRule(settings.repeatWindow(), settings.repeatMinimumEarlier(),
                settings.specialistReviewWindow(), settings.specialistReviewCount());
    }

    @Bean
    ResponseTargets responseTargets(IntakeSettings settings) {
        return new ResponseTargets(settings.responseTargets());
    }
}
