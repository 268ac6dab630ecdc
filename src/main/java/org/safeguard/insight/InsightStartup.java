package org.safeguard.insight;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, builds the dashboard's aggregates once when they have never been built but incidents exist (a
 * database from before the dashboard, or loaded without it). Runs after the demo's own start-up, whose generation
 * rebuilds already (then there is nothing to do); a command (generate, bench) does its own.
 */
@Component
class InsightStartup {

    private static final Logger log = LoggerFactory.getLogger(InsightStartup.class);

    private final InsightRebuild rebuild;
    private final String command;

    InsightStartup(InsightRebuild rebuild, @Value("${safeguard.command:}") String command) {
        this.rebuild = rebuild;
        this.command = command;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void buildOnce() {
        if (!command.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        if (rebuild.rebuildIfNeverBuilt()) {
            log.info("Built the dashboard's aggregates from the records already held in {} ms",
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
