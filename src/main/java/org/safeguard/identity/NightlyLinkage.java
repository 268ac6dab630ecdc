package org.safeguard.identity;

import org.safeguard.platform.ConsoleProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly clean-up: links the whole person index (safeguard.identity.linkage.nightly, "-" for none). */
@Component
class NightlyLinkage {

    private static final Logger log = LoggerFactory.getLogger(NightlyLinkage.class);

    private final LinkageRuns runs;

    NightlyLinkage(LinkageRuns runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${safeguard.identity.linkage.nightly:0 30 2 * * *}", zone = "Europe/London")
    void linkEveryone() {
        LinkageRunReport report = runs.run(ConsoleProgress.silent());
        log.info("Nightly linkage run {}: {} records, {} pairs, {} linked, {} queued, {} ms", report.runId(),
                report.records(), report.pairs(), report.linked(), report.queued(), report.took().toMillis());
    }
}
