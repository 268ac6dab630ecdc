package org.safeguard.platform.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands again to their listeners the events whose listener failed (a case not opened, a task not made)
 * more than {@code safeguard.events.retry-after} ago (default 5 minutes), every
 * {@code safeguard.events.retry-every} (default 5 minutes), so work is never lost until the next restart.
 * A listener that keeps failing is retried each time and stays visible in the event publication table.
 */
@Component
@EnableScheduling
class EventRetries {

    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);

    private final ObjectProvider<IncompleteEventPublications> incomplete;
    private final Duration retryAfter;

    EventRetries(ObjectProvider<IncompleteEventPublications> incomplete,
                 @org.springframework.beans.factory.annotation.Value("${safeguard.events.retry-after:5m}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${safeguard.events.retry-every:5m}", initialDelayString = "${safeguard.events.retry-every:5m}")
    void retry() {
        incomplete.ifAvailable(publications -> {
            try {
                publications.resubmitIncompletePublicationsOlderThan(retryAfter);
            } catch (RuntimeException failed) {
                log.warn("Retrying incomplete event publications failed; trying again next time", failed);
            }
        });
    }
}
