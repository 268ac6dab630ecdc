package org.safeguard.demo;

import java.time.Duration;

/**
 * What a generator run produced and how long it took.
 *
 * @param people   real people aged 16 and over, as asked for
 * @param children children under 16 made for the households that have incidents
 * @param records     person records of both (one real person may have several)
 * @param attendances officers' attendances at the incidents (every one deployed to and older than a day)
 * @param outcomes    crime outcomes of the offences recorded more than 60 days before "as of"
 * @param assessments completed risk assessments of the victims of domestic abuse incidents
 * @param cases       victims' cases, one for each victim of a domestic abuse incident, open or closed
 * @param maracCases  MARAC hearings of the high-risk victims in the 15 months before "as of", repeats included
 */
public record GenerationReport(long seed, long people, long children, long records, long addresses, long incidents,
                               long attendances, long outcomes, long assessments, long cases, long maracCases, Duration took) {

    public double peoplePerSecond() {
        return people / seconds();
    }

    public double incidentsPerSecond() {
        return incidents / seconds();
    }

    private double seconds() {
        return Math.max(0.001, took.toNanos() / 1e9);
    }
}
