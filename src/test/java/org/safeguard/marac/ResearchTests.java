package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

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
 * Issue 7, research: before the meeting each core agency on the agenda returns what it holds about the victim, the
 * children and the perpetrator; only for a case listed at a meeting not yet held; only by the core agencies'
 * representatives, the coordinator, or the victim's IDVA or SPOC; the coordinator sees who has and has not returned.
 */
@SafeguardTest
class ResearchTests {

    @Autowired
    MaracMeetings meetings;
    @Autowired
    MaracFixture fixture;
    @Autowired
    Calls calls;
    @Autowired
    JdbcClient jdbc;

    private static NewResearch holds(String aboutVictim, Integer version) {
        return new NewResearch(true, aboutVictim, null, "Known to the service for threats", version);
    }

    private long researchRows(long caseId) {
        return jdbc.sql("SELECT count(*) FROM marac.research WHERE case_id = ?").param(caseId).query(Long.class).single();
    }

    @Test
    void researchForACaseNotOnAnAgendaIsRefusedAndNothingIsSaved() {
        MaracFixture.Listed listed = fixture.listed();
        long waiting = fixture.maracCase(listed.areaId(), null, fixture.victim());

        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> meetings.returnResearch(waiting, holds("Seen at A&E", null))))
                .isInstanceOf(InvalidRequest.class).hasMessage(MaracMeetings.NOT_ON_AN_AGENDA);
        assertThat(researchRows(waiting)).isZero();
    }

    @Test
    void researchForACaseWhoseMeetingHasBeenHeldIsRefused() {
        MaracFixture.Listed listed = fixture.listed();
        jdbc.sql("UPDATE marac.meeting SET status = 'HELD' WHERE id = ?").param(listed.meetingId()).update();

        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> meetings.returnResearch(listed.caseId(), holds("x", null))))
                .isInstanceOf(InvalidRequest.class).hasMessage(MaracMeetings.NOT_ON_AN_AGENDA);
        assertThat(researchRows(listed.caseId())).isZero();
    }

    @Test
    void aRepresentativeOfAnAgencyThatIsNotCoreCannotReturnResearchAndTheRefusalIsAudited() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount probation = fixture.account(Role.PARTNER, "PROBATION");
        fixture.representative(listed.areaId(), probation, "PROBATION");

        assertThatThrownBy(() -> calls.as(probation.username(), () -> meetings.returnResearch(listed.caseId(), holds("x", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(researchRows(listed.caseId())).isZero();
        assertThat(fixture.audited("MARAC_ACCESS_REFUSED", "marac-case", listed.caseId(), probation.username())).isEqualTo(1);
    }

    @Test
    void someoneOutsideTheCircleIsRefusedRatherThanToldTheCaseIsNotOnAnAgenda() {
        MaracFixture.Listed listed = fixture.listed();
        long waiting = fixture.maracCase(listed.areaId(), null, fixture.victim());
        StaffAccount outsider = fixture.account(Role.PARTNER, "HEALTH");

        assertThatThrownBy(() -> calls.as(outsider.username(), () -> meetings.returnResearch(waiting, holds("x", null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaffMemberOfACoreAgencyWhoIsNotItsRepresentativeCannotReturnResearch() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount housing = fixture.account(Role.PARTNER, "HOUSING");

        assertThatThrownBy(() -> calls.as(housing.username(), () -> meetings.returnResearch(listed.caseId(), holds("x", null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCoordinatorSeesWhichCoreAgenciesHaveReturnedResearchByWhomAndWhen() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        StaffAccount housing = fixture.account(Role.PARTNER, "HOUSING");
        fixture.representative(listed.areaId(), health, "HEALTH");
        fixture.representative(listed.areaId(), housing, "HOUSING");

        calls.as(health.username(), () -> meetings.returnResearch(listed.caseId(), holds("Seen at A&E twice", null)));
        calls.as(housing.username(), () -> meetings.returnResearch(listed.caseId(),
                new NewResearch(false, null, null, null, null)));
        MaracMeetings.ResearchReturns returns = calls.as(listed.coordinator(), () -> meetings.researchReturns(listed.meetingId()));

        MaracMeetings.CaseReturns row = returns.cases().stream().filter(c -> c.heard().caseId() == listed.caseId())
                .findFirst().orElseThrow();
        assertThat(row.inWords(returns.coreAgencies().size())).isEqualTo("2 of 5 returned");
        assertThat(row.missing()).containsExactly("POLICE", "CHILDRENS_SERVICES", "IDVA_SERVICE");
        assertThat(row.returned().get("HEALTH").returnedBy()).isEqualTo(health.username());
        assertThat(row.returned().get("HEALTH").returnedAt()).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(row.returned().get("HOUSING").holdsInformation()).isFalse();
    }

    @Test
    void theVictimsIdvaMayReturnResearchAndTheCircleReadsIt() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount idva = fixture.account(Role.IDVA, "IDVA_SERVICE");
        fixture.idva(listed.victim(), idva.username());

        calls.as(idva.username(), () -> meetings.returnResearch(listed.caseId(), holds("Supporting her since March", null)));
        MaracMeetings.CaseResearch read = calls.as(listed.chair(), () -> meetings.research(listed.caseId()));

        assertThat(read.returns()).singleElement().satisfies(r -> {
            assertThat(r.agencyCode()).isEqualTo("IDVA_SERVICE");
            assertThat(r.aboutVictim()).isEqualTo("Supporting her since March");
        });
        assertThat(fixture.audited("MARAC_RESEARCH_VIEWED", "marac-case", listed.caseId(), listed.chair())).isEqualTo(1);
    }

    @Test
    void returningResearchAgainReplacesItOnTheVersionReadAndAStaleVersionIsRefused() {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        fixture.representative(listed.areaId(), health, "HEALTH");
        Research first = calls.as(health.username(), () -> meetings.returnResearch(listed.caseId(), holds("First", null)));

        Research second = calls.as(health.username(), () -> meetings.returnResearch(listed.caseId(), holds("Second", first.version())));

        assertThat(second.aboutVictim()).isEqualTo("Second");
        assertThatThrownBy(() -> calls.as(health.username(), () -> meetings.returnResearch(listed.caseId(),
                holds("Third", first.version())))).isInstanceOf(ConcurrentEdit.class);
        assertThatThrownBy(() -> calls.as(health.username(), () -> meetings.returnResearch(listed.caseId(),
                holds("Again as new", null)))).isInstanceOf(ConcurrentEdit.class);
        assertThat(researchRows(listed.caseId())).isEqualTo(1);
    }

    @Test
    void researchThatHoldsInformationMustSayWhatAndNoPartIsOver4000Characters() {
        MaracFixture.Listed listed = fixture.listed();

        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> meetings.returnResearch(listed.caseId(),
                new NewResearch(true, " ", null, null, null))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField()).containsKey("aboutVictim"));
        assertThatThrownBy(() -> calls.as(listed.coordinator(), () -> meetings.returnResearch(listed.caseId(),
                new NewResearch(null, "x".repeat(4001), null, null, null))))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> assertThat(refused.byField())
                        .containsKeys("holdsInformation", "aboutVictim"));
        assertThat(researchRows(listed.caseId())).isZero();
    }
}
