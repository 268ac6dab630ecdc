package org.safeguard.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.PersonDetails;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.Sex;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Deciding on one person's record with restrictions in force, and placing and lifting restrictions. */
@SafeguardTest
class RecordAccessTests {

    @Autowired
    RecordAccess access;
    @Autowired
    PersonRecords people;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private long freshPerson() {
        return calls.as("officer", () -> people.resolve(new PersonDetails("Ceri", Calls.unusedFamilyName(),
                LocalDate.of(1988, 4, 9), Sex.FEMALE), "POLICE")).id();
    }

    private String fresh(Role role) {
        return staff.fresh(role).username();
    }

    private long audited(String action, String username, long personId) {
        return jdbc.sql("SELECT count(*) FROM audit.event WHERE action = :action AND username = :username "
                        + "AND subject_type = 'person' AND subject_id = :id")
                .param("action", action).param("username", username).param("id", Long.toString(personId))
                .query(Long.class).single();
    }

    @Test
    void aVictimRestrictedByASpecialistIsLockedToAnOfficerButOpenToThoseNamed() {
        long victim = freshPerson();
        String officer = fresh(Role.OFFICER);
        String named = fresh(Role.OFFICER);
        assertThat(calls.as(officer, () -> access.decide(RecordType.CASE, victim)).locked()).isFalse();

        PersonRestriction restriction = calls.as(fresh(Role.DA_SPECIALIST), () -> access.restrict(victim,
                Restriction.RESTRICTED_VICTIM, "Victim's brother works in the control room", List.of(named)));

        assertThat(restriction.namedReaders()).containsExactly(named);
        AccessDecision officers = calls.as(officer, () -> access.decide(RecordType.CASE, victim));
        assertThat(officers.locked()).isTrue();
        assertThat(officers.groups().values()).containsOnly(Visibility.EXISTS_ONLY);
        assertThat(officers.mayBreakGlass()).isTrue();
        AccessDecision nameds = calls.as(named, () -> access.decide(RecordType.CASE, victim));
        assertThat(nameds.relationships()).contains(Relationship.NAMED);
        assertThat(nameds.sees(FieldGroup.IDENTITY)).isTrue();
        assertThat(calls.as(officer, () -> access.closedAmong(RecordType.CASE, List.of(victim, freshPerson()))))
                .containsExactly(victim);
    }

    @Test
    void aLockedAttemptIsAuditedEvenWhenTheCallersWorkRollsBack() {
        long victim = freshPerson();
        String officer = fresh(Role.OFFICER);
        calls.as(fresh(Role.PROFESSIONAL_STANDARDS), () -> access.restrict(victim, Restriction.STAFF_INVOLVED,
                "Suspect is a serving officer", List.of()));

        RecordLocked locked = catchThrowableOfType(RecordLocked.class, () -> calls.as(officer,
                () -> transactions.execute(status -> access.requireReadable(RecordType.INCIDENT, victim))));

        assertThat(locked.decision().mayBreakGlass()).as("no break-glass on staff-involved").isFalse();
        assertThat(audited("RECORD_ACCESS_REFUSED", officer, victim)).isEqualTo(1);
        assertThat(calls.as(fresh(Role.PROFESSIONAL_STANDARDS), () -> access.requireReadable(RecordType.INCIDENT, victim))
                .sees(FieldGroup.IDENTITY)).isTrue();
    }

    @Test
    void aPartnerWithoutARelationshipSeesOnlyThatTheRecordExists() {
        long victim = freshPerson();
        String partner = fresh(Role.PARTNER);
        assertThatThrownBy(() -> calls.as(partner, () -> access.requireReadable(RecordType.PERSON, victim)))
                .isInstanceOf(RecordLocked.class);
        assertThat(calls.as(partner, () -> access.closedAmong(RecordType.PERSON, List.of(victim))))
                .as("an unrestricted person is never closed by closedAmong").isEmpty();
    }

    @Test
    void aConfidentialAddressIsNeverPrintedWhoeverReadsAndLiftingItKeepsTheHistory() {
        long victim = freshPerson();
        String officer = fresh(Role.OFFICER);
        PersonRestriction refuge = calls.as(officer, () -> access.restrict(victim, Restriction.CONFIDENTIAL_ADDRESS,
                "Moved to a refuge", List.of()));

        assertThat(calls.as(officer, () -> access.decide(RecordType.CASE, victim)).of(FieldGroup.CURRENT_ADDRESS))
                .isEqualTo(Visibility.EXISTS_ONLY);
        assertThat(calls.as(officer, () -> access.decide(RecordType.CASE, victim, Purpose.PRINT)).sees(FieldGroup.IDENTITY))
                .isTrue();
        Map<Long, Set<Restriction>> printed = calls.as(officer, () -> access.restrictionsOf(List.of(victim, -1L)));
        assertThat(printed.get(victim)).containsExactly(Restriction.CONFIDENTIAL_ADDRESS);
        assertThat(printed.get(-1L)).isEmpty();

        calls.as(officer, () -> {
            access.lift(refuge.id(), "Left the refuge for a new tenancy", refuge.version());
            return null;
        });
        assertThat(calls.as(officer, () -> access.restrictionsOn(victim))).isEmpty();
        assertThat(jdbc.sql("SELECT lift_reason FROM access.record_restriction WHERE id = :id").param("id", refuge.id())
                .query(String.class).single()).isEqualTo("Left the refuge for a new tenancy");
        assertThat(audited("RECORD_RESTRICTION_LIFTED", officer, victim)).isEqualTo(1);
    }

    @Test
    void oneRestrictionOfAKindInForceAReasonAndRealNamedReadersAreRequired() {
        long victim = freshPerson();
        String specialist = fresh(Role.DA_SPECIALIST);
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, () -> calls.as(specialist,
                () -> access.restrict(victim, Restriction.RESTRICTED_VICTIM, " ", List.of("no.such.user.anywhere"))));
        assertThat(refused.byField()).containsKeys("reason", "namedReaders");
        assertThat(calls.as(specialist, () -> access.restrictionsOn(victim))).isEmpty();

        calls.as(specialist, () -> access.restrict(victim, Restriction.RESTRICTED_VICTIM, "Threats via a relative", List.of()));
        assertThat(catchThrowableOfType(InvalidRequest.class, () -> calls.as(specialist,
                () -> access.restrict(victim, Restriction.RESTRICTED_VICTIM, "Again", List.of()))).byField())
                .containsKey("kind");
        assertThatThrownBy(() -> calls.as(fresh(Role.OFFICER),
                () -> access.restrict(victim, Restriction.STAFF_INVOLVED, "Suspect is staff", List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
