package org.safeguard.offender;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clock's work on orders: every few minutes (safeguard.offender.orders.check-every, default 5 minutes) each
 * order or bail ending within the notice period is announced once, so the victim's SPOC hears of it in time.
 * Runs as the system, with no signed-in user; several nodes may run it at once.
 */
@Component
class OrderJobs {

    private static final Logger log = LoggerFactory.getLogger(OrderJobs.class);

    private final Orders orders;

    OrderJobs(Orders orders) {
        this.orders = orders;
    }

    @Scheduled(fixedDelayString = "${safeguard.offender.orders.check-every:5m}", initialDelayString = "1m")
    void run() {
        int announced = orders.announceEnding();
        if (announced > 0) {
            log.info("Orders announced as ending within the notice period: {}", announced);
        }
    }
}
