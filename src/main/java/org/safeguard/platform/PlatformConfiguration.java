package org.safeguard.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("org.safeguard")
class PlatformConfiguration {

    /** Time for every rule; England and Wales local time, because deadlines are in working days there. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
