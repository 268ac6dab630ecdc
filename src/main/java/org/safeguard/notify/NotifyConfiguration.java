package org.safeguard.notify;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox's settings ({@code safeguard.notify.*}) and the schedule its sender runs on. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifySettings.class)
@EnableScheduling
class NotifyConfiguration {
}
