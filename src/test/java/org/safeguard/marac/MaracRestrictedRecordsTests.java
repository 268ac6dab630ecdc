package org.safeguard.marac;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.access.AccessDecision;
import org.safeguard.access.FieldGroup;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordLocked;
import org.safeguard.access.RecordType;
import org.safeguard.access.Relationship;
import org.safeguard.access.Restriction;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.WorkingAgency;
import org.safeguard.intake.Incident;
import org.safeguard.intake.PartyRole;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10 (need to know) at the MARAC: a case is read by its circle and locked to anyone else (who sees only the
 * MARAC working with the victim, and may ask for access); a health agency's research is "held by" to a reader the
 * policy does not show health to; the agenda and its papers never print a confidential address and print a member
 * of staff as "Restricted record" to a coordinator outside professional standards and the specialist team.
 */
@SafeguardTest
class MaracRestrictedRecordsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    MaracFixture fixture;
    @Autowired
    MaracAgenda agenda;
    @Autowired
    RecordAccess access;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAgendaAndItsPdfNeverPrintARefugeAddressNorAStaffPerpetratorsNameForTheCoordinator() throws Exception {
        String family = Calls.unusedFamilyName();
        String refuge = "9 " + Calls.unusedFamilyName() + " Close";
        String postcode = Calls.unusedPostcode();
        Incident incident = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofHours(2)),
                null, refuge, postcode, Calls.victim("Rhea", family, LocalDate.of(1992, 3, 1)),
                Calls.suspect("Stellan", family, LocalDate.of(1987, 6, 2)), "PRIORITY")).incident();
        long victim = incident.partiesIn(PartyRole.VICTIM).get(0).personId();
        long perpetrator = incident.partiesIn(PartyRole.SUSPECT).get(0).personId();
        String coordinator = fixture.account(Role.MARAC_COORDINATOR, "POLICE").username();
        long areaId = fixture.area(coordinator, fixture.account(Role.SUPERVISOR, "POLICE").username(), MaracFixture.CORE);
        long meetingId = fixture.meeting(areaId, Instant.now().plus(Duration.ofDays(9)));
        long caseId = fixture.maracCase(areaId, meetingId, new MaracFixture.Victim(victim, "Rhea " + family, null));
        jdbc.sql("UPDATE marac.marac_case SET perpetrator_ids = ? WHERE id = ?")
                .params(new Long[] {perpetrator}, caseId).update();
        calls.as("professional.standards", () -> access.restrict(perpetrator, Restriction.STAFF_INVOLVED,
                "Serving constable", List.of()));
        calls.as("specialist", () -> access.restrict(victim, Restriction.CONFIDENTIAL_ADDRESS, "In a refuge", List.of()));

        String pdf = PdfExportTests.text(mvc.perform(get("/marac/meetings/" + meetingId + "/agenda.pdf").with(staff.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        String page = mvc.perform(get("/marac/meetings/" + meetingId).with(staff.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(pdf).contains("Rhea " + family, "Confidential address: withheld", "Restricted record")
                .doesNotContain("Stellan").doesNotContain(refuge).doesNotContain(refuge.split(" ")[1]).doesNotContain(postcode);
        assertThat(page).contains("Confidential address: withheld").doesNotContain(refuge.split(" ")[1]);
    }

    @Test
    void needToKnowAPartnerOutsideTheCircleSeesTheMaracCaseLockedWithTheMaracWorkingWithTheVictim() throws Exception {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount partner = fixture.account(Role.PARTNER, "HOUSING");

        mvc.perform(get("/marac/cases/" + listed.caseId()).with(staff.as(partner.username())))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> calls.as(partner.username(), () -> agenda.maracCase(listed.caseId())))
                .isInstanceOfSatisfying(RecordLocked.class, locked -> {
                    assertThat(locked.decision().relationships()).doesNotContain(Relationship.MARAC_ATTENDEE);
                    assertThat(locked.decision().workingWith()).extracting(WorkingAgency::role)
                            .anySatisfy(role -> assertThat(role).startsWith("MARAC (Test MARAC"));
                });
        assertThat(jdbc.sql("SELECT count(*) FROM audit.event WHERE action = 'RECORD_ACCESS_REFUSED' AND username = ? "
                        + "AND subject_id = ?").params(partner.username(), String.valueOf(listed.victim().personId()))
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aMaracRepresentativeIsAnAttendeeAndReadsTheCaseButNotAHealthAgencysResearchInFull() throws Exception {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount representative = fixture.account(Role.OFFICER, "POLICE");
        fixture.representative(listed.areaId(), representative, "POLICE");
        jdbc.sql("INSERT INTO marac.research (case_id, agency_code, holds_information, about_victim, returned_by, "
                + "returned_at) VALUES (?, 'HEALTH', true, 'Seen at A&E with a fractured wrist', 'health.rep', now())")
                .param(listed.caseId()).update();

        AccessDecision decision = calls.as(representative.username(),
                () -> access.decide(RecordType.MARAC_CASE, listed.victim().personId()));
        String casePage = mvc.perform(get("/marac/cases/" + listed.caseId()).with(staff.as(representative.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String research = mvc.perform(get("/marac/cases/" + listed.caseId() + "/research")
                        .with(staff.as(representative.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(decision.relationships()).contains(Relationship.MARAC_ATTENDEE);
        assertThat(decision.sees(FieldGroup.MARAC)).isTrue();
        assertThat(casePage).contains(listed.victim().name());
        assertThat(research).contains("Health information held by").doesNotContain("fractured wrist");
    }
}
