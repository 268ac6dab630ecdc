package org.safeguard.access;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.PersonDetails;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.Sex;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 10: a partner sees a locked-down profile, asks its owner for access, and is granted it for a limited time. */
@SafeguardTest
class AccessRequestTests {

    static final String SPECIALIST_TEAM = "Domestic Abuse Investigation and Safeguarding Unit";

    @Autowired
    RecordAccess access;
    @Autowired
    PersonRecords people;
    @Autowired
    StaffDirectory directory;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    JdbcClient jdbc;

    long freshPerson() {
        return calls.as("officer", () -> people.resolve(new PersonDetails("Nia", Calls.unusedFamilyName(),
                LocalDate.of(1991, 7, 3), Sex.FEMALE), "POLICE")).id();
    }

    /** A police account with the role in the named police team. */
    String freshIn(Role role, String teamName) {
        long police = directory.agencyByCode("POLICE").orElseThrow().id();
        long team = directory.teamByName(police, teamName).orElseThrow().id();
        String username = "t.team-" + role.name().toLowerCase().replace('_', '-') + "." + UUID.randomUUID().toString().substring(0, 8);
        return directory.createAccount(new NewStaffAccount(username, "Test " + role.label(), null, police, team,
                Set.of(role.name()), Staff.PASSWORD)).username();
    }

    long audited(String action, String username, long personId) {
        return jdbc.sql("SELECT count(*) FROM audit.event WHERE action = :action AND username = :username "
                        + "AND subject_type = 'person' AND subject_id = :id")
                .param("action", action).param("username", username).param("id", Long.toString(personId))
                .query(Long.class).single();
    }

    @Test
    void aPartnerAsksForAnUnownedRecordTheSpecialistSupervisorGrantsItAndThePartnerSeesItUntilTheGrantEnds() {
        long victim = freshPerson();
        String partner = staff.fresh(Role.PARTNER).username();
        String supervisor = freshIn(Role.SUPERVISOR, SPECIALIST_TEAM);
        assertThat(calls.as(partner, () -> access.decide(RecordType.PERSON, victim)).locked()).isTrue();

        AccessRequest asked = calls.as(partner, () -> access.requestAccess(RecordType.PERSON, victim,
                "Child protection conference tomorrow; need the mother's contact details"));
        assertThat(asked.sentTo()).as("nobody owns the record: the specialist team's supervisors answer").isNull();
        assertThat(calls.as(supervisor, () -> access.requestsToAnswer())).extracting(AccessRequest::id).contains(asked.id());
        assertThat(calls.as(supervisor, () -> access.unreadNotices())).isPositive();

        Instant before = Instant.now();
        AccessRequest granted = calls.as(supervisor, () -> access.answer(asked.id(), true, null, asked.version()));

        assertThat(granted.status()).isEqualTo(AccessRequest.Status.GRANTED);
        assertThat(Duration.between(before, granted.grantedUntil())).isBetween(Duration.ofDays(30).minusMinutes(5),
                Duration.ofDays(30).plusMinutes(5));
        AccessDecision now = calls.as(partner, () -> access.requireReadable(RecordType.CASE, victim));
        assertThat(now.relationships()).contains(Relationship.GRANTED);
        assertThat(now.sees(FieldGroup.CONTACT_DETAILS)).isTrue();
        assertThat(now.accessUntil()).contains(granted.grantedUntil());
        assertThat(calls.as(partner, () -> access.myNotices())).extracting(StaffNotice::subject).contains("Access granted");
        assertThat(calls.as(partner, () -> access.unreadNotices())).as("opening the notices marks them read").isZero();
        assertThat(audited("ACCESS_REQUESTED", partner, victim)).isEqualTo(1);
        assertThat(audited("ACCESS_GRANTED", supervisor, victim)).isEqualTo(1);
    }

    @Test
    void oneRequestWaitsPerReaderAndPersonAndARefusalNeedsANote() {
        long victim = freshPerson();
        String partner = staff.fresh(Role.PARTNER).username();
        String supervisor = freshIn(Role.SUPERVISOR, SPECIALIST_TEAM);
        AccessRequest asked = calls.as(partner, () -> access.requestAccess(RecordType.CASE, victim, "Housing panel"));

        assertThat(catchThrowableOfType(InvalidRequest.class, () -> calls.as(partner,
                () -> access.requestAccess(RecordType.PERSON, victim, "Again"))).getMessage()).contains("already asked");
        assertThat(catchThrowableOfType(InvalidRequest.class, () -> calls.as(supervisor,
                () -> access.answer(asked.id(), false, " ", asked.version()))).byField()).containsKey("note");
        assertThatThrownBy(() -> calls.as(supervisor, () -> access.answer(asked.id(), false, "Not needed", asked.version() + 1)))
                .isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> calls.as(staff.fresh(Role.SUPERVISOR).username(),
                () -> access.answer(asked.id(), true, null, asked.version())))
                .as("a supervisor outside the specialist team does not answer it").isInstanceOf(AccessDeniedException.class);

        AccessRequest refused = calls.as(supervisor, () -> access.answer(asked.id(), false, "Ask the SPOC directly", asked.version()));
        assertThat(refused.status()).isEqualTo(AccessRequest.Status.REFUSED);
        assertThat(calls.as(partner, () -> access.decide(RecordType.CASE, victim)).locked()).isTrue();
        assertThat(calls.as(partner, () -> access.myRequests())).extracting(AccessRequest::decisionNote)
                .contains("Ask the SPOC directly");
        assertThat(audited("ACCESS_REFUSED", supervisor, victim)).isEqualTo(1);
    }

    @Test
    void anEmptyReasonIsRefusedAuditedAndNothingIsStored() {
        long victim = freshPerson();
        String partner = staff.fresh(Role.PARTNER).username();
        assertThat(catchThrowableOfType(InvalidRequest.class, () -> calls.as(partner,
                () -> access.requestAccess(RecordType.CASE, victim, "  "))).byField()).containsKey("reason");
        assertThat(calls.as(partner, () -> access.myRequests())).isEmpty();
        assertThat(audited("ACCESS_REQUEST_REFUSED_NO_REASON", partner, victim)).isEqualTo(1);
    }
}
