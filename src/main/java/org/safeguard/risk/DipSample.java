package org.safeguard.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A week's dip sample: the share drawn of its completed standard and medium assessments, and the seed,
 * so the same draw can be made again and checked.
 */
public record DipSample(long id, LocalDate weekStart, BigDecimal share, long seed, int candidates, int drawn,
                        int reviewed, Instant drawnAt, String drawnBy) {
}
