package org.safeguard.offender;

import java.time.Duration;
import java.time.Instant;

/** A full recomputation of the priority list: when, for how many perpetrators, how long it took. */
public record RfgRun(long id, Instant startedAt, Duration took, int perpetrators, int incidentsRead) {
}
