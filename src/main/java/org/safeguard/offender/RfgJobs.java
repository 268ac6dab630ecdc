package org.safeguard.offender;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly full run of the priority list ({@code safeguard.offender.rfg.full-run}, default 03:15 UK time;
 * "-" for never): it catches what no event tells of, such as a victim's records linked (which changes their
 * perpetrators' count of victims) and incidents leaving the window as time passes. The audit log names the system.
 * Every node runs it; only one run goes ahead, the others find it under way and skip.
 */
@Component
class RfgJobs {

    private static final Logger log = LoggerFactory.getLogger(RfgJobs.class);

    private final PriorityList priorityList;

    RfgJobs(PriorityList priorityList) {
        this.priorityList = priorityList;
    }

    @Scheduled(cron = "${safeguard.offender.rfg.full-run:0 15 3 * * *}", zone = "Europe/London")
    void recomputeNightly() {
        RfgRun run;
        try {
            run = priorityList.recomputeAllAs("system");
        } catch (PriorityList.AlreadyRecomputing underway) {
            log.info("RFG nightly run skipped: another full run of the list is under way (another node's, or one asked for)");
            return;
        }
        log.info("RFG priority list recomputed (run {}): {} perpetrators from {} incidents in {} ms", run.id(),
                run.perpetrators(), run.incidentsRead(), run.took().toMillis());
    }
}
