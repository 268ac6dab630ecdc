package org.safeguard.safeguarding;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clock's work on cases: every few minutes (safeguard.safeguarding.check-every, default 5 minutes)
 * high-risk cases held out of hours go to the specialist team once it is on duty, and tasks overdue for
 * longer than safeguard.safeguarding.escalate-after are escalated to the owner's supervisor.
 */
@Component
class CaseJobs {

    private static final Logger log = LoggerFactory.getLogger(CaseJobs.class);

    private final Cases cases;
    private final Clock clock;

    CaseJobs(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${safeguard.safeguarding.check-every:5m}", initialDelayString = "1m")
    void run() {
        int handedOver = cases.handOverDue(clock.instant());
        int escalated = cases.escalateOverdue(clock.instant());
        if (handedOver + escalated > 0) {
            log.info("Cases handed over to the specialist team: {}; overdue tasks escalated: {}", handedOver, escalated);
        }
    }
}
