package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 7, need to know, on the real database: MARAC minutes and research are visible only to the MARAC's
 * representatives and attendees, the coordinator, the chair and the victim's IDVA and SPOC; every view is audited,
 * and so is every refusal. A case transferred to another MARAC is read by both areas' circles.
 */
@SafeguardTest
class NeedToKnowInServiceTests {

    @Autowired
    MaracReaders readers;
    @Autowired
    MaracMeetings meetings;
    @Autowired
    MaracHearings hearings;
    @Autowired
    MaracFixture fixture;
    @Autowired
    Calls calls;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnerOutsideTheCircleIsRefusedTheMinutesAndTheResearchAndEachRefusalIsAudited() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount outsider = fixture.account(Role.PARTNER, "CHILDRENS_SERVICES");

        assertThatThrownBy(() -> calls.as(outsider.username(), () -> hearings.hearing(listed.caseId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.as(outsider.username(), () -> meetings.research(listed.caseId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calls.as(outsider.username(), () -> meetings.researchReturns(listed.meetingId())))
                .isInstanceOf(AccessDeniedException.class);

        // Issue 10: a partner outside the circle sees the victim's MARAC case locked, each refusal audited by access.
        assertThat(fixture.audited("RECORD_ACCESS_REFUSED", "person", listed.victim().personId(), outsider.username()))
                .isEqualTo(2);
        assertThat(fixture.audited("MARAC_ACCESS_REFUSED", "marac-meeting", listed.meetingId(), outsider.username())).isEqualTo(1);
        assertThat(fixture.audited("MARAC_MINUTES_VIEWED", "marac-case", listed.caseId(), outsider.username())).isZero();
    }

    @Test
    void theVictimsIdvaAndSpocMayReadTheCaseAndEachViewIsAudited() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount idva = fixture.account(Role.IDVA, "IDVA_SERVICE");
        fixture.idva(listed.victim(), idva.username());
        String spoc = listed.victim().spoc();

        for (String reader : List.of(idva.username(), spoc)) {
            calls.as(reader, () -> hearings.hearing(listed.caseId()));
            calls.as(reader, () -> meetings.research(listed.caseId()));
            assertThat(fixture.audited("MARAC_MINUTES_VIEWED", "marac-case", listed.caseId(), reader)).as(reader).isEqualTo(1);
            assertThat(fixture.audited("MARAC_RESEARCH_VIEWED", "marac-case", listed.caseId(), reader)).as(reader).isEqualTo(1);
        }
        assertThat(calls.as(idva.username(), () -> readers.mayReadMeeting(listed.meetingId()))).isFalse();
    }

    @Test
    void anAgencyRecordedAtTheMeetingMayReadItsCasesOnlyOnceItsAttendanceIsRecorded() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount probation = fixture.account(Role.PARTNER, "PROBATION");
        assertThat(calls.as(probation.username(), () -> readers.mayReadCase(listed.caseId()))).isFalse();

        calls.as(listed.coordinator(), () -> meetings.recordAttendance(listed.meetingId(), 0,
                List.of(new NewAttendance("PROBATION", true, probation.username()))));

        assertThat(calls.as(probation.username(), () -> readers.mayReadCase(listed.caseId()))).isTrue();
        assertThat(calls.as(probation.username(), () -> readers.mayReadMeeting(listed.meetingId()))).isTrue();
        calls.as(probation.username(), () -> hearings.hearing(listed.caseId()));
    }

    @Test
    void aRepresentativeOfTheAreaReadsItsCasesButNotAnotherAreas() {
        MaracFixture.Listed here = fixture.listed();
        MaracFixture.Listed elsewhere = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        fixture.representative(here.areaId(), health, "HEALTH");

        assertThat(calls.as(health.username(), () -> readers.mayReadCase(here.caseId()))).isTrue();
        assertThat(calls.as(health.username(), () -> readers.mayReadCase(elsewhere.caseId()))).isFalse();
        assertThatThrownBy(() -> calls.as(health.username(), () -> {
            readers.requireMeeting(elsewhere.meetingId());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.audited("MARAC_ACCESS_REFUSED", "marac-meeting", elsewhere.meetingId(), health.username())).isEqualTo(1);
    }

    @Test
    void aTransferredCaseIsReadBackwardsTheReceivingCircleReadsTheEarlierHearingAndTheSendingCircleNeverReadsForward() {
        MaracFixture.Listed from = fixture.listed();
        MaracFixture.Listed to = fixture.listed();
        long arrived = jdbc.sql("INSERT INTO marac.marac_case (area_id, meeting_id, victim_id, victim_name, referred_at, "
                        + "referring_agency, status, transferred_from, created_at) VALUES (?, ?, ?, ?, ?, 'POLICE', 'LISTED', ?, now()) "
                        + "RETURNING id")
                .params(to.areaId(), to.meetingId(), from.victim().personId(), from.victim().name(),
                        java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))), from.caseId())
                .query(Long.class).single();

        // The receiving circle reads the case and the earlier hearing it came from.
        assertThat(calls.as(to.coordinator(), () -> readers.mayReadCase(arrived))).isTrue();
        assertThat(calls.as(to.coordinator(), () -> readers.mayReadCase(from.caseId()))).isTrue();
        assertThat(calls.as(to.coordinator(), () -> readers.mayReadMeeting(from.meetingId()))).isFalse();
        // The sending circle keeps its own hearing but never reads what the receiving MARAC learns later.
        assertThat(calls.as(from.chair(), () -> readers.mayReadCase(from.caseId()))).isTrue();
        assertThat(calls.as(from.chair(), () -> readers.mayReadCase(arrived))).isFalse();
        assertThat(calls.as(from.coordinator(), () -> readers.mayReadCase(arrived))).isFalse();
        assertThatThrownBy(() -> calls.as(from.coordinator(), () -> hearings.hearing(arrived)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCaseNoMaracCoversYetIsReadByTheCoordinatorsWhoMustPlaceItAndNotByOtherStaff() {
        MaracFixture.Victim victim = fixture.victim();
        long unplaced = jdbc.sql("INSERT INTO marac.marac_case (victim_id, victim_name, referred_at, referring_agency, status, "
                        + "created_at) VALUES (?, ?, now(), 'POLICE', 'WAITING', now()) RETURNING id")
                .params(victim.personId(), victim.name()).query(Long.class).single();
        StaffAccount coordinator = fixture.account(Role.MARAC_COORDINATOR, "POLICE");
        StaffAccount outsider = fixture.account(Role.PARTNER, "HOUSING");

        assertThat(calls.as(coordinator.username(), () -> readers.mayReadCase(unplaced))).isTrue();
        assertThat(calls.as(outsider.username(), () -> readers.mayReadCase(unplaced))).isFalse();
        assertThat(calls.as(victim.spoc(), () -> readers.mayReadCase(unplaced))).isTrue();
    }
}
