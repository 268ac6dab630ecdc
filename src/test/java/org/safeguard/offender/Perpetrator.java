package org.safeguard.offender;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.support.Calls;

/** Domestic abuse incidents between people nobody else in the test database has, for the offender module's tests. */
final class Perpetrator {

    private Perpetrator() {
    }

    /** An incident between intimate partners, {@code daysAgo} days ago, recorded by the call handler. */
    static IncidentFile incident(Calls calls, String victimGiven, String victimFamily, String suspectGiven, String suspectFamily,
                                 int daysAgo) {
        return calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(daysAgo, ChronoUnit.DAYS), null,
                "3 Test Row", Calls.unusedPostcode(), Calls.victim(victimGiven, victimFamily, LocalDate.of(1994, 2, 2)),
                Calls.suspect(suspectGiven, suspectFamily, LocalDate.of(1988, 8, 8)), "PRIORITY"));
    }

    static long victim(IncidentFile file) {
        return file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
    }

    static long suspect(IncidentFile file) {
        return file.incident().partiesIn(PartyRole.SUSPECT).get(0).personId();
    }
}
