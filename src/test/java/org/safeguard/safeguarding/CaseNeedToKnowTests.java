package org.safeguard.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeguard.access.NewStaffAccount;
import org.safeguard.access.NewTeam;
import org.safeguard.access.RecordAccess;
import org.safeguard.access.RecordLocked;
import org.safeguard.access.Relationship;
import org.safeguard.access.Restriction;
import org.safeguard.access.Role;
import org.safeguard.access.SignedInStaff;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.access.Team;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.AssessmentAnswers;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.risk.RiskLevel;
import org.safeguard.support.Calls;
import org.safeguard.support.Dash;
import org.safeguard.support.Eventually;
import org.safeguard.support.Grants;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Need to know on victims' cases (issue 10): the locked view for a reader with no relationship, the SPOC's team and
 * the case's area as relationships, a confidential address kept to the SPOC, and a restricted victim unnamed on
 * another officer's board and on the printed briefing.
 */
@SafeguardTest
class CaseNeedToKnowTests {

    private static final String REFUGE = "Testtown Refuge, 4 Hidden Lane";

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    Cases cases;
    @Autowired
    Grants grants;
    @Autowired
    RecordAccess access;
    @Autowired
    StaffDirectory directory;
    @Autowired
    CaseRelationships relationships;
    @Autowired
    RiskAssessments assessments;

    /** The case a new domestic abuse incident opens, once the listener has opened it. */
    private VictimCase opened() {
        String family = Calls.unusedFamilyName();
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofHours(2)),
                null, "12 Orchard Close", Calls.unusedPostcode(), Calls.victim("Nina", family, LocalDate.of(1990, 4, 2)),
                Calls.suspect("Carl", family, LocalDate.of(1988, 7, 9)), "PRIORITY"));
        long victimId = file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        return Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(victimId)));
    }

    private StaffAccount account(Role role, String agency, Long teamId) {
        long agencyId = directory.agencyByCode(agency).orElseThrow().id();
        return directory.createAccount(new NewStaffAccount("t.ntk." + Calls.unusedFamilyName().toLowerCase(),
                "Test " + role.label(), null, agencyId, teamId, Set.of(role.name()), Staff.PASSWORD));
    }

    @Test
    void aPartnerWithNoRelationshipGetsTheLockedViewNamingTheSpocsAgencyAndSeesTheCaseOnceGranted() throws Exception {
        VictimCase victimCase = opened();
        StaffAccount partner = account(Role.PARTNER, "CHILDRENS_SERVICES", null);

        assertThatThrownBy(() -> calls.as(partner.username(), () -> cases.file(victimCase.id())))
                .isInstanceOfSatisfying(RecordLocked.class, locked -> assertThat(locked.decision().workingWith())
                        .anySatisfy(working -> {
                            assertThat(working.owner()).isTrue();
                            assertThat(working.username()).isEqualTo(victimCase.spoc().username());
                            assertThat(working.role()).startsWith("SPOC");
                        }));
        mvc.perform(get("/cases/{id}", victimCase.id()).with(staff.as(partner.username())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(victimCase.victimName()))));

        grants.grant(partner.username(), victimCase.victimId());

        mvc.perform(get("/cases/{id}", victimCase.id()).with(staff.as(partner.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(victimCase.victimName())));
    }

    @Test
    void theSpocsTeamMatesAreTeamMembersAndTheCasesAreaTeamsAreInTheArea() {
        VictimCase victimCase = opened();
        long police = directory.agencyByCode("POLICE").orElseThrow().id();
        Team team = directory.createTeam(new NewTeam(police, "Team " + Calls.unusedFamilyName(), victimCase.area()));
        StaffAccount spoc = account(Role.OFFICER, "POLICE", team.id());
        StaffAccount mate = account(Role.OFFICER, "POLICE", team.id());
        calls.as("supervisor", () -> cases.changeSpoc(victimCase.id(), victimCase.version(), spoc.username(),
                "Local officer takes the case", "She knows the family."));

        assertThat(calls.as(spoc.username(), () -> relationships.relationships(victimCase.victimId(),
                SignedInStaff.current()))).contains(Relationship.SPOC, Relationship.TEAM_MEMBER, Relationship.AREA);
        assertThat(calls.as(mate.username(), () -> relationships.relationships(victimCase.victimId(),
                SignedInStaff.current()))).contains(Relationship.TEAM_MEMBER, Relationship.AREA)
                .doesNotContain(Relationship.SPOC);
        assertThat(calls.as("partner", () -> relationships.relationships(victimCase.victimId(),
                SignedInStaff.current()))).isEmpty();
    }

    @Test
    void aConfidentialAddressIsShownToTheSpocOnlyAndWhoHasSeenTheCaseToTheSpoc() throws Exception {
        VictimCase victimCase = opened();
        String spoc = victimCase.spoc().username();
        calls.as(spoc, () -> cases.addMeasure(victimCase.id(), "REFUGE", REFUGE, "Testtown Refuge"));
        access.restrict(victimCase.victimId(), Restriction.CONFIDENTIAL_ADDRESS, "Moved to a refuge", List.of());
        StaffAccount officer = staff.fresh(Role.OFFICER);

        mvc.perform(get("/cases/{id}", victimCase.id()).with(staff.as(spoc)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(REFUGE),
                        containsString("Confidential address (refuge or sanctuary)"),
                        containsString("Who has seen this record"))));
        mvc.perform(get("/cases/{id}", victimCase.id()).with(staff.as(officer.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(victimCase.victimName()),
                        containsString("Withheld: confidential address"), not(containsString(REFUGE)),
                        not(containsString("Who has seen this record")))));
    }

    @Test
    void aRestrictedVictimIsARestrictedRecordOnAnotherOfficersBoardAndOnThePrintedBriefing() throws Exception {
        VictimCase victimCase = opened();
        long incident = calls.as("officer", () -> cases.file(victimCase.id())).incidents().get(0).id();
        calls.as("officer", () -> {
            Assessment draft = assessments.start(incident, victimCase.victimId(), null);
            return assessments.complete(draft.id(), draft.version(),
                    new AssessmentAnswers(Dash.answers(14), Map.of(), "He will come back tonight."), null, null);
        });
        VictimCase high = Eventually.found(() -> calls.as("officer", () -> cases.openCaseOf(victimCase.victimId()))
                .filter(c -> c.riskLevel() == RiskLevel.HIGH));
        StaffAccount officer = staff.fresh(Role.OFFICER);
        calls.as(high.spoc().username(), () -> cases.addTask(high.id(), new NewTask("OTHER",
                "Visit " + high.victimName() + " with the housing officer", officer.username(),
                Instant.now().plus(Duration.ofDays(1)))));
        access.restrict(high.victimId(), Restriction.RESTRICTED_VICTIM, "Her ex-partner works for the council",
                List.of());

        mvc.perform(get("/board").with(staff.as(officer.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("A task on a restricted record"),
                        not(containsString(high.victimName())))));
        mvc.perform(get("/briefings/" + high.area()).with(staff.as("specialist")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/cases/" + high.id() + "\""),
                        containsString("Restricted record"), not(containsString(high.victimName())))));
    }
}
