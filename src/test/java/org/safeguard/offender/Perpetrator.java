package org.safeguard.offender;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentRecorded;
import org.safeguard.intake.NewIncident;
import org.safeguard.intake.NewParty;
import org.safeguard.offender.store.PromptStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeguard.support.Calls;
import org.safeguard.support.Eventually;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Domestic abuse incidents between people nobody else in the test database has, and places on the priority list, for
 * the offender module's tests.
 */
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

    /**
     * An incident between intimate partners {@code daysAgo} days ago with eleven victims (the most an incident has
     * besides its suspect), each new to everyone: what lifts a suspect's score, each victim after the first adding
     * to its multiplier.
     */
    static IncidentFile againstEleven(Calls calls, String suspectGiven, String suspectFamily, int daysAgo) {
        List<NewParty> parties = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            parties.add(Calls.victim("Vee", Calls.unusedFamilyName(), LocalDate.of(1994, 2, 2)));
        }
        parties.add(Calls.suspect(suspectGiven, suspectFamily, LocalDate.of(1988, 8, 8)));
        return calls.record("call.handler", new NewIncident(Instant.now().minus(daysAgo, ChronoUnit.DAYS), "EMERGENCY_999",
                "A neighbour", null, "3 Test Row", "Testtown", Calls.unusedPostcode(), parties, "CURRENT_PARTNER", true, true,
                0, 0, null, false, false, false, "PRIORITY", "Neighbour heard shouting."));
    }

    /** Waits until the priority list's listener has counted the person's {@code incidents} incidents. */
    static void counted(JdbcClient jdbc, long personKey, int incidents) {
        Eventually.found(() -> jdbc.sql("SELECT incidents FROM offender.rfg_score WHERE person_key = :key")
                .param("key", personKey).query(Integer.class).optional().filter(n -> n >= incidents));
    }

    /**
     * A prompt for the perpetrator and this victim of the incident, put straight in whatever the list says (unless
     * the prompts' listener raised it already).
     */
    static void prompted(PromptStore prompts, long perpetratorKey, IncidentFile file) {
        prompts.insert(perpetratorKey, victim(file), file.incident().id(), file.incident().reference(), 1, Instant.now());
    }

    /** Puts the person on the priority list with this score (in {@code area}, so the test can take its rows off again). */
    static void onTheList(JdbcClient jdbc, long personKey, BigDecimal score, String area) {
        jdbc.sql("INSERT INTO offender.rfg_score (person_key, recency, frequency, gravity, victims, score, incidents, "
                        + "latest_incident_at, area, computed_at) VALUES (:key, 5, 1, 1, 1, :score, 1, :at, :area, :at) "
                        + "ON CONFLICT (person_key) DO UPDATE SET score = :score, area = :area")
                .param("key", personKey).param("score", score).param("at", Timestamp.from(Instant.now()))
                .param("area", area).update();
    }

    static void offTheList(JdbcClient jdbc, String area) {
        jdbc.sql("DELETE FROM offender.rfg_score WHERE area = :area").param("area", area).update();
    }

    static long victim(IncidentFile file) {
        return file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
    }

    static long suspect(IncidentFile file) {
        return file.incident().partiesIn(PartyRole.SUSPECT).get(0).personId();
    }

    /** The event intake published for the incident, as a listener receives it. */
    static IncidentRecorded recordedEvent(IncidentFile file) {
        Incident incident = file.incident();
        List<Long> victims = incident.partiesIn(org.safeguard.intake.PartyRole.VICTIM).stream().map(Incident.Party::personId).toList();
        List<Long> suspects = incident.partiesIn(org.safeguard.intake.PartyRole.SUSPECT).stream().map(Incident.Party::personId).toList();
        return new IncidentRecorded(incident.id(), incident.reference(), incident.receivedAt(), incident.grade(),
                incident.domesticAbuse(), victims, suspects, List.of(), Map.of(), incident.addressId(), incident.area(), false,
                List.of(), incident.recordedBy(), "POLICE");
    }
}
