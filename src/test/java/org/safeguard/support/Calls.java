package org.safeguard.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.safeguard.access.ActingAs;
import org.safeguard.intake.HistoryQuery;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.IncidentHistory;
import org.safeguard.intake.Incidents;
import org.safeguard.intake.NewIncident;
import org.safeguard.intake.NewParty;
import org.springframework.stereotype.Component;

/**
 * Calls to the control room for tests: phone numbers, postcodes and names nobody else in the test
 * database has, and incidents recorded as a demo user through the intake API.
 */
@Component
public class Calls {

    private final ActingAs acting;
    private final Incidents incidents;
    private final IncidentHistory history;

    Calls(ActingAs acting, Incidents incidents, IncidentHistory history) {
        this.acting = acting;
        this.incidents = incidents;
        this.history = history;
    }

    /** An Ofcom drama number (01632 960xxx) with no person and no call linked to it yet. */
    public String unusedPhone() {
        for (int attempt = 0; attempt < 200; attempt++) {
            String phone = "01632 960" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
            var found = acting.run("call.handler", () -> history.lookUp(new HistoryQuery(phone, null, null, null, null, null)));
            if (found.incidents().isEmpty() && found.people().isEmpty()) {
                return phone;
            }
        }
        throw new IllegalStateException("No unused drama number left in 01632 960xxx");
    }

    /** A well-formed postcode in an area the generator never uses (ZZ). */
    public static String unusedPostcode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "ZZ" + (1 + random.nextInt(99)) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
    }

    /**
     * A family name no generated person has, and unlike any other test's: random letters from the first,
     * so record linkage sees two tests' people as different families (a shared prefix would make their
     * names sound alike, and people with the same given name and date of birth would be linked).
     */
    public static String unusedFamilyName() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String consonants = "bcdfghjklmnprstvwxz";
        String vowels = "aeiouy";
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            name.append(consonants.charAt(random.nextInt(consonants.length())));
            name.append(vowels.charAt(random.nextInt(vowels.length())));
        }
        name.append("qz");
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A domestic abuse incident between intimate partners, victim and suspect adults, in Testtown. */
    public static NewIncident domesticAbuse(Instant receivedAt, String callerPhone, String location, String postcode,
                                            NewParty victim, NewParty suspect, String grade) {
        return domesticAbuseIn("Testtown", receivedAt, callerPhone, location, postcode, victim, suspect, grade);
    }

    /** The same in a town of the test's own (its incidents' area, e.g. for a MARAC that covers only it). */
    public static NewIncident domesticAbuseIn(String town, Instant receivedAt, String callerPhone, String location,
                                              String postcode, NewParty victim, NewParty suspect, String grade) {
        return new NewIncident(receivedAt, "EMERGENCY_999", victim.givenName() + " " + victim.familyName(), callerPhone,
                location, town, postcode, List.of(victim, suspect), "CURRENT_PARTNER", true, true, 0, 0, null,
                false, false, false, grade, "Caller says her partner pushed her.");
    }

    public static NewParty victim(String given, String family, LocalDate dateOfBirth) {
        return new NewParty("VICTIM", given, family, dateOfBirth, "FEMALE", null);
    }

    public static NewParty suspect(String given, String family, LocalDate dateOfBirth) {
        return new NewParty("SUSPECT", given, family, dateOfBirth, "MALE", null);
    }

    public IncidentFile record(String username, NewIncident incident) {
        return acting.run(username, () -> incidents.record(incident));
    }

    public <T> T as(String username, java.util.function.Supplier<T> work) {
        return acting.run(username, work);
    }
}
