package org.safeguard.access;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.safeguard.identity.PersonDetails;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.Sex;
import org.safeguard.support.Calls;
import org.safeguard.support.Staff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** People and staff nobody else uses, for the need-to-know tests, and what the audit log says was done to a person. */
@Component
class NeedToKnowFixtures {

    static final String SPECIALIST_TEAM = "Domestic Abuse Investigation and Safeguarding Unit";

    private final PersonRecords people;
    private final StaffDirectory directory;
    private final Staff staff;
    private final Calls calls;
    private final JdbcClient jdbc;

    NeedToKnowFixtures(PersonRecords people, StaffDirectory directory, Staff staff, Calls calls, JdbcClient jdbc) {
        this.people = people;
        this.directory = directory;
        this.staff = staff;
        this.calls = calls;
        this.jdbc = jdbc;
    }

    /** A new person record with a family name nobody else has. */
    long freshPerson() {
        return calls.as("officer", () -> people.resolve(new PersonDetails("Nia", Calls.unusedFamilyName(),
                LocalDate.of(1991, 7, 3), Sex.FEMALE), "POLICE")).id();
    }

    /** A new police account with the role, in no team. */
    String fresh(Role role) {
        return staff.fresh(role).username();
    }

    /** A new police account with the role in the named police team. */
    String freshIn(Role role, String teamName) {
        long police = directory.agencyByCode("POLICE").orElseThrow().id();
        long team = directory.teamByName(police, teamName).orElseThrow().id();
        String username = "t.team-" + role.name().toLowerCase().replace('_', '-') + "." + UUID.randomUUID().toString().substring(0, 8);
        return directory.createAccount(new NewStaffAccount(username, "Test " + role.label(), null, police, team,
                Set.of(role.name()), Staff.PASSWORD)).username();
    }

    /** How many times the user did this to the person, by the audit log. */
    long audited(String action, String username, long personId) {
        return jdbc.sql("SELECT count(*) FROM audit.event WHERE action = :action AND username = :username "
                        + "AND subject_type = 'person' AND subject_id = :id")
                .param("action", action).param("username", username).param("id", Long.toString(personId))
                .query(Long.class).single();
    }
}
