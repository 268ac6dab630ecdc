package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.platform.ConcurrentEdit;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 7, the meeting: the coordinator records attendance by agency (a representative who exists and works for it;
 * a new record replaces the old); the coordinator or chair closes the meeting with its minutes and every listed case
 * is heard at the meeting's time; a meeting closes once, on the version read.
 */
@SafeguardTest
class MeetingTests {

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
    void theCoordinatorRecordsWhichAgenciesAttendedAndWhoRepresentedThem() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        StaffAccount probation = fixture.account(Role.PARTNER, "PROBATION");

        MaracMeetings.MeetingAttendance recorded = calls.as(listed.coordinator(), () -> meetings.recordAttendance(
                listed.meetingId(), 0, List.of(new NewAttendance("HEALTH", true, health.username()),
                        new NewAttendance("HOUSING", false, null),
                        new NewAttendance("PROBATION", true, probation.username()))));

        assertThat(recorded.agencies()).extracting(Attendance::agencyCode)
                .containsExactly("POLICE", "CHILDRENS_SERVICES", "HEALTH", "HOUSING", "IDVA_SERVICE", "PROBATION");
        assertThat(recorded.agencies()).filteredOn(a -> a.agencyCode().equals("HEALTH")).singleElement()
                .satisfies(a -> assertThat(a.representative()).isEqualTo(health.username()));
        assertThat(recorded.agencies()).filteredOn(a -> a.agencyCode().equals("POLICE")).singleElement()
                .satisfies(a -> assertThat(a.present()).isNull());
        assertThat(recorded.agencies()).filteredOn(a -> a.agencyCode().equals("PROBATION")).singleElement()
                .satisfies(a -> assertThat(a.core()).isFalse());
    }

    @Test
    void recordingAttendanceAgainReplacesTheEarlierRecord() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        calls.as(listed.coordinator(), () -> meetings.recordAttendance(listed.meetingId(), 0,
                List.of(new NewAttendance("HEALTH", true, health.username()))));

        calls.as(listed.coordinator(), () -> meetings.recordAttendance(listed.meetingId(), 1,
                List.of(new NewAttendance("HOUSING", false, null))));

        assertThat(jdbc.sql("SELECT agency_code FROM marac.attendance WHERE meeting_id = ?").param(listed.meetingId())
                .query(String.class).list()).containsExactly("HOUSING");
    }

    @Test
    void aRepresentativeWhoDoesNotExistIsRefusedAndNothingIsSaved() {
        MaracFixture.Listed listed = fixture.listed();

        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> meetings.recordAttendance(listed.meetingId(), 0,
                List.of(new NewAttendance("HEALTH", true, "nobody.of.that.name"), new NewAttendance("HOUSING", true, " ")))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsEntry("representative-HEALTH", "There is no member of staff with the username nobody.of.that.name")
                        .containsEntry("representative-HOUSING", "Enter the username of who represented Demo District Council Housing"));
        assertThat(jdbc.sql("SELECT count(*) FROM marac.attendance WHERE meeting_id = ?").param(listed.meetingId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheCoordinatorRecordsAttendance() {
        MaracFixture.Listed listed = fixture.listed();

        assertThatThrownBy(() -> calls.as(listed.chair(), () -> meetings.recordAttendance(listed.meetingId(), 0,
                List.of(new NewAttendance("HOUSING", false, null))))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void closingAMeetingMarksItsListedCasesHeardAtTheMeetingTimeAndWarnsOfCasesWithoutAnActionPlan() {
        MaracFixture.Listed listed = fixture.listed();
        MaracFixture.Victim second = fixture.victim();
        long secondCase = fixture.maracCase(listed.areaId(), listed.meetingId(), second);
        StaffAccount housing = fixture.account(Role.PARTNER, "HOUSING");
        calls.as(listed.coordinator(), () -> hearings.addAction(listed.caseId(), new NewMaracAction("Sanctuary scheme",
                "HOUSING", housing.username(), LocalDate.now(ZoneId.of("Europe/London")).plusDays(7))));
        MaracMeetings.MeetingClosing before = calls.as(listed.chair(), () -> meetings.closing(listed.meetingId()));
        assertThat(before.withoutActions()).containsExactly(secondCase);
        assertThat(before.mayClose()).isTrue();

        MaracMeetings.MeetingClosing closed = calls.as(listed.chair(), () -> meetings.closeMeeting(listed.meetingId(),
                before.meeting().version(), "Quorate. Five agencies present."));

        assertThat(closed.meeting().status()).isEqualTo(Meeting.Status.HELD);
        assertThat(closed.minutes()).isEqualTo("Quorate. Five agencies present.");
        assertThat(closed.closedBy()).isEqualTo(listed.chair());
        Timestamp heldAt = jdbc.sql("SELECT held_at FROM marac.meeting WHERE id = ?").param(listed.meetingId())
                .query(Timestamp.class).single();
        for (long caseId : List.of(listed.caseId(), secondCase)) {
            assertThat(fixture.caseStatus(caseId)).contains("HEARD");
            assertThat(jdbc.sql("SELECT heard_at FROM marac.marac_case WHERE id = ?").param(caseId).query(Timestamp.class)
                    .single()).isEqualTo(heldAt);
        }
    }

    @Test
    void aMeetingIsClosedOnceAndOnTheVersionRead() {
        MaracFixture.Listed listed = fixture.listed();
        Meeting meeting = calls.as(listed.coordinator(), () -> meetings.closing(listed.meetingId())).meeting();

        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> meetings.closeMeeting(listed.meetingId(),
                meeting.version() + 1, "Minutes"))).isInstanceOf(ConcurrentEdit.class);
        calls.as(listed.coordinator(), () -> meetings.closeMeeting(listed.meetingId(), meeting.version(), "Minutes"));
        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> meetings.closeMeeting(listed.meetingId(),
                meeting.version() + 1, "Minutes again")))
                .isInstanceOf(InvalidRequest.class).hasMessage(MaracMeetings.ALREADY_CLOSED);
    }

    @Test
    void aMeetingIsNotClosedWithoutMinutesNorByARepresentative() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        fixture.representative(listed.areaId(), health, "HEALTH");
        Meeting meeting = calls.as(listed.coordinator(), () -> meetings.closing(listed.meetingId())).meeting();

        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> meetings.closeMeeting(listed.meetingId(),
                meeting.version(), "  "))).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> calls.as(health.username(), () -> meetings.closeMeeting(listed.meetingId(),
                meeting.version(), "Minutes"))).isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.caseStatus(listed.caseId())).contains("LISTED");
    }

    @Test
    void theHearingRecordsTheIdvasAccountForTheVictimAndTheCaseMinutes() {
        MaracFixture.Listed listed = fixture.listed();
        MaracHearings.Hearing before = calls.as(listed.chair(), () -> hearings.hearing(listed.caseId()));

        MaracHearings.Hearing after = calls.as(listed.chair(), () -> hearings.recordHearing(listed.caseId(),
                before.heard().version(), "She wants to stay in the house with the locks changed", "Agreed: sanctuary"));

        assertThat(after.heard().idvaSummary()).isEqualTo("She wants to stay in the house with the locks changed");
        assertThat(after.heard().caseMinutes()).isEqualTo("Agreed: sanctuary");
        assertThatThrownBy(() -> calls.as(listed.chair(), () -> hearings.recordHearing(listed.caseId(),
                before.heard().version(), "Stale", null))).isInstanceOf(ConcurrentEdit.class);
    }

    // ---- Need to know: the meeting's minutes cover every victim heard there

    @Test
    void theVictimsIdvaAndSpocSeeTheirCaseMinutesButNotTheMeetingsMinutesWhichCoverOtherVictims() {
        MaracFixture.Listed listed = fixture.listed();
        List<String> victimsWorkers = fixture.victimsWorkers(listed.victim());
        MaracHearings.Hearing before = calls.as(listed.chair(), () -> hearings.hearing(listed.caseId()));
        calls.as(listed.chair(), () -> hearings.recordHearing(listed.caseId(), before.heard().version(), null,
                "Sanctuary scheme agreed"));
        calls.as(listed.chair(), () -> meetings.closeMeeting(listed.meetingId(), 0,
                "Quorate. Also heard: another victim's case, with her new address"));

        for (String reader : victimsWorkers) {
            MaracHearings.Hearing seen = calls.as(reader, () -> hearings.hearing(listed.caseId()));
            assertThat(seen.heard().caseMinutes()).as(reader).isEqualTo("Sanctuary scheme agreed");
            assertThat(seen.meetingMinutes()).as(reader).isNull();
            assertThat(fixture.audited("MARAC_MINUTES_VIEWED", "marac-meeting", listed.meetingId(), reader)).as(reader).isZero();
        }
        MaracHearings.Hearing chairs = calls.as(listed.chair(), () -> hearings.hearing(listed.caseId()));
        assertThat(chairs.meetingMinutes()).startsWith("Quorate");
        assertThat(fixture.audited("MARAC_MINUTES_VIEWED", "marac-meeting", listed.meetingId(), listed.chair())).isEqualTo(1);
    }

    @Test
    void theClosePageNamesTheMeetingsVictimsSoEachViewOfItIsAudited() {
        MaracFixture.Listed listed = fixture.listed();

        calls.as(listed.coordinator(), () -> meetings.closing(listed.meetingId()));

        assertThat(fixture.audited("MARAC_MEETING_CASES_VIEWED", "marac-meeting", listed.meetingId(), listed.coordinator()))
                .isEqualTo(1);
    }

    // ---- Attendance decides who is in the circle

    @Test
    void attendanceIsSavedOnTheVersionReadSoTwoTabsDoNotOverwriteEachOther() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        int read = calls.as(listed.coordinator(), () -> meetings.attendance(listed.meetingId())).meeting().version();
        calls.as(listed.coordinator(), () -> meetings.recordAttendance(listed.meetingId(), read,
                List.of(new NewAttendance("HEALTH", true, health.username()))));

        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> meetings.recordAttendance(listed.meetingId(), read,
                List.of(new NewAttendance("HOUSING", false, null))))).isInstanceOf(ConcurrentEdit.class);
        assertThat(jdbc.sql("SELECT agency_code FROM marac.attendance WHERE meeting_id = ?").param(listed.meetingId())
                .query(String.class).list()).containsExactly("HEALTH");
    }

    @Test
    void attendanceCannotChangeOnceTheMeetingIsHeld() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount probation = fixture.account(Role.PARTNER, "PROBATION");
        Meeting meeting = calls.as(listed.coordinator(), () -> meetings.closing(listed.meetingId())).meeting();
        calls.as(listed.coordinator(), () -> meetings.closeMeeting(listed.meetingId(), meeting.version(), "Minutes"));
        int held = calls.as(listed.coordinator(), () -> meetings.attendance(listed.meetingId())).meeting().version();

        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> meetings.recordAttendance(listed.meetingId(), held,
                List.of(new NewAttendance("PROBATION", true, probation.username())))))
                .isInstanceOf(InvalidRequest.class).hasMessage(MaracMeetings.ATTENDANCE_FIXED);
        assertThat(calls.as(listed.coordinator(), () -> meetings.attendance(listed.meetingId())).mayRecord()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM marac.attendance WHERE meeting_id = ?").param(listed.meetingId())
                .query(Long.class).single()).as("probation did not join the circle").isZero();
    }

    @Test
    void theAttendanceAuditNamesWhoJoinedAndWhoLeftTheMeetingsCircle() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        StaffAccount probation = fixture.account(Role.PARTNER, "PROBATION");
        calls.as(listed.coordinator(), () -> meetings.recordAttendance(listed.meetingId(), 0,
                List.of(new NewAttendance("HEALTH", true, health.username()))));

        calls.as(listed.coordinator(), () -> meetings.recordAttendance(listed.meetingId(), 1,
                List.of(new NewAttendance("PROBATION", true, probation.username()))));

        assertThat(jdbc.sql("SELECT reason FROM audit.event WHERE action = 'MARAC_ATTENDANCE_RECORDED' AND subject_id = ? "
                        + "ORDER BY seq").param(Long.toString(listed.meetingId())).query(String.class).list())
                .containsExactly("added: " + health.username() + "; removed: nobody",
                        "added: " + probation.username() + "; removed: " + health.username());
    }

    @Test
    void anotherAgencyRowsProblemsAreReportedAgainstThatRowsOwnFields() {
        MaracFixture.Listed listed = fixture.listed();

        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> meetings.recordAttendance(listed.meetingId(), 0,
                List.of(new NewAttendance("PROBATION", null, "nobody.of.that.name", 2),
                        new NewAttendance(null, true, null, 3)))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsEntry("other-present-2", "Say whether Demo Probation Delivery Unit was present")
                        .containsEntry("other-representative-2", "There is no member of staff with the username nobody.of.that.name")
                        .containsEntry("other-agency-3", "Choose the agency that attended")
                        .doesNotContainKeys("present-PROBATION", "agency"));
    }
}
