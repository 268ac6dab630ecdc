package org.safeguard.risk.rules;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;

/**
 * Potential escalation, the SafeLives MARAC criterion: the police were called to domestic abuse against
 * the victim {@code callOuts} or more times (default 3) in the {@code window} (default 12 months) up to
 * and including the incident being assessed. Counted from the incident history, never typed. A call-out
 * exactly 12 months before is inside the window; one a moment earlier is not.
 */
public final class EscalationRule {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Period window;
    private final int callOuts;

    public EscalationRule(Period window, int callOuts) {
        this.window = window;
        this.callOuts = callOuts;
    }

    /** The earliest moment a call-out counts for an incident received at {@code at}. */
    public Instant windowStart(Instant at) {
        return at.atZone(LONDON).minus(window).toInstant();
    }

    /** Call-outs among {@code victimCallOuts} (the victim's DA incidents) inside the window ending at {@code at}. */
    public int count(Instant at, Collection<Instant> victimCallOuts) {
        Instant from = windowStart(at);
        return (int) victimCallOuts.stream().filter(t -> !t.isBefore(from) && !t.isAfter(at)).count();
    }

    public boolean met(int counted) {
        return counted >= callOuts;
    }
}
