package org.safeguard.access;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.access.store.GrantStore;
import org.safeguard.identity.PersonDetails;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.Sex;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Issue 10: break-glass with a reason, for an hour, the owner and a supervisor told, reviewed by a supervisor. */
@SafeguardTest
class BreakGlassTests {

    @Autowired
    RecordAccess access;
    @Autowired
    PersonRecords people;
    @Autowired
    GrantStore grants;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    JdbcClient jdbc;

    long freshPerson() {
        return calls.as("officer", () -> people.resolve(new PersonDetails("Ffion", Calls.unusedFamilyName(),
                LocalDate.of(1985, 1, 20), Sex.FEMALE), "POLICE")).id();
    }

    long audited(String action, String username, long personId) {
        return jdbc.sql("SELECT count(*) FROM audit.event WHERE action = :action AND username = :username "
                        + "AND subject_type = 'person' AND subject_id = :id")
                .param("action", action).param("username", username).param("id", Long.toString(personId))
                .query(Long.class).single();
    }

    @Test
    void aBreakGlassOpensTheRecordForAnHourTellsASupervisorAndWaitsInTheReviewQueueUntilJudged() {
        long victim = freshPerson();
        String partner = staff.fresh(Role.PARTNER).username();
        String reviewer = staff.fresh(Role.SUPERVISOR).username();

        BreakGlass opened = calls.as(partner, () -> access.breakGlass(RecordType.CASE, victim,
                "Caller says she is being attacked now at an unknown address"));

        assertThat(Duration.between(opened.openedAt(), opened.until())).isEqualTo(Duration.ofHours(1));
        assertThat(opened.supervisorTold()).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM access.staff_notice WHERE username = :u AND subject = 'Break-glass to review'")
                .param("u", opened.supervisorTold()).query(Long.class).single()).isPositive();
        AccessDecision during = calls.as(partner, () -> access.requireReadable(RecordType.CASE, victim));
        assertThat(during.relationships()).contains(Relationship.BREAK_GLASS);
        assertThat(during.sees(FieldGroup.IDENTITY)).isTrue();
        assertThat(during.accessUntil()).contains(opened.until());
        assertThat(grants.breakGlassUntil(List.of(victim), partner, opened.until().plusSeconds(1)))
                .as("closed again after the hour").isEmpty();
        assertThat(audited("BREAK_GLASS_OPENED", partner, victim)).isEqualTo(1);

        assertThat(calls.as(reviewer, () -> access.reviewQueue())).extracting(BreakGlass::id).contains(opened.id());
        BreakGlass judged = calls.as(reviewer, () -> access.review(opened.id(), BreakGlass.Review.JUSTIFIED,
                "Life at risk", opened.version()));
        assertThat(judged.reviewedBy()).isEqualTo(reviewer);
        assertThat(calls.as(reviewer, () -> access.reviewQueue())).extracting(BreakGlass::id).doesNotContain(opened.id());
        assertThat(audited("BREAK_GLASS_REVIEWED", reviewer, victim)).isEqualTo(1);
    }

    @Test
    void aBreakGlassWithAnEmptyReasonIsRefusedAuditedAndNothingOpens() {
        long victim = freshPerson();
        String partner = staff.fresh(Role.PARTNER).username();
        assertThat(catchThrowableOfType(InvalidRequest.class, () -> calls.as(partner,
                () -> access.breakGlass(RecordType.CASE, victim, ""))).byField()).containsKey("reason");
        assertThat(calls.as(partner, () -> access.decide(RecordType.CASE, victim)).locked()).isTrue();
        assertThat(audited("BREAK_GLASS_REFUSED", partner, victim)).isEqualTo(1);
    }

    @Test
    void noBreakGlassOnStaffInvolvedRecords() {
        long victim = freshPerson();
        String officer = staff.fresh(Role.OFFICER).username();
        calls.as(staff.fresh(Role.PROFESSIONAL_STANDARDS).username(), () -> access.restrict(victim,
                Restriction.STAFF_INVOLVED, "Victim is a PCSO", List.of()));
        assertThat(catchThrowableOfType(InvalidRequest.class, () -> calls.as(officer,
                () -> access.breakGlass(RecordType.CASE, victim, "Urgent"))).getMessage()).contains("member of staff");
        assertThat(calls.as(officer, () -> access.decide(RecordType.CASE, victim)).locked()).isTrue();
        assertThat(audited("BREAK_GLASS_REFUSED", officer, victim)).isEqualTo(1);
    }
}
