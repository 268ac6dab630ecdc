package org.safeguard.risk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Draws last week's dip sample every week ({@code safeguard.risk.dip-sample-cron}, default Monday 06:00
 * UK time; "-" switches it off), unless someone already drew it. The audit log names the system as drawer.
 */
@Component
class WeeklyDipSample {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDipSample.class);

    private final DipSamples samples;

    WeeklyDipSample(DipSamples samples) {
        this.samples = samples;
    }

    @Scheduled(cron = "${safeguard.risk.dip-sample-cron:0 0 6 * * MON}", zone = "Europe/London")
    void drawLastWeek() {
        samples.drawLastWeek("system").ifPresent(sample -> log.info(
                "Dip sample for the week starting {} drawn: {} of {} assessments, seed {}",
                sample.weekStart(), sample.drawn(), sample.candidates(), sample.seed()));
    }
}
