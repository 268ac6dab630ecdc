package org.safeguard.demo;

import java.time.Duration;

/** What a generator run produced and how long it took. */
public record GenerationReport(long seed, long people, long records, long addresses, Duration took) {

    public double peoplePerSecond() {
        return people / Math.max(0.001, took.toNanos() / 1e9);
    }
}
