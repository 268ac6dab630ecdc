package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The meeting's pages over MockMvc on the real database: research (the form, its errors, who has returned), attendance,
 * the hearing and its action plan, closing the meeting, overdue actions; need to know refuses an outsider.
 */
@SafeguardTest
class MeetingPagesTests {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    MaracFixture fixture;
    @Autowired
    Calls calls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MaracHearings hearings;

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String username) {
        return request.with(staff.as(username)).with(csrf());
    }

    private static String inDays(int days) {
        return LocalDate.now(ZoneId.of("Europe/London")).plusDays(days).format(UK);
    }

    @Test
    void aRepresentativeReturnsResearchOnTheFormAndTheCoordinatorSeesWhoHasReturned() throws Exception {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        fixture.representative(listed.areaId(), health, "HEALTH");

        mvc.perform(form(post("/marac/cases/" + listed.caseId() + "/research"), health.username())
                        .param("aboutVictim", "Seen at A&E <b>twice</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#holdsInformation\""),
                        containsString("Seen at A&amp;E &lt;b&gt;twice&lt;/b&gt;"))));
        mvc.perform(form(post("/marac/cases/" + listed.caseId() + "/research"), health.username())
                        .param("holdsInformation", "yes").param("aboutVictim", "Seen at A&E <b>twice</b>").param("version", ""))
                .andExpect(redirectedUrl("/marac/cases/" + listed.caseId() + "/research"));

        mvc.perform(get("/marac/cases/" + listed.caseId() + "/research").with(staff.as(health.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Seen at A&amp;E &lt;b&gt;twice&lt;/b&gt;"),
                        containsString("Research from Demo Hospitals NHS Trust"), containsString("name=\"version\" value=\"0\""))));
        mvc.perform(get("/marac/meetings/" + listed.meetingId() + "/research").with(staff.as(listed.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 of 5 returned"), containsString("Returned by " + health.username()),
                        containsString("Not returned"))));
    }

    @Test
    void aPartnerOutsideTheCircleIsRefusedTheResearchAndHearingPages() throws Exception {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount outsider = fixture.account(Role.PARTNER, "HOUSING");

        mvc.perform(get("/marac/cases/" + listed.caseId() + "/research").with(staff.as(outsider.username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/marac/cases/" + listed.caseId() + "/hearing").with(staff.as(outsider.username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/marac/meetings/" + listed.meetingId() + "/close").with(staff.as(outsider.username())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCoordinatorRecordsAttendanceOnTheFormAndAnUnknownUsernameIsShownAsAProblem() throws Exception {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");

        mvc.perform(get("/marac/meetings/" + listed.meetingId() + "/attendance").with(staff.as(listed.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Was Demo Hospitals NHS Trust present?"),
                        containsString("name=\"other-agency-1\""))));
        mvc.perform(form(post("/marac/meetings/" + listed.meetingId() + "/attendance"), listed.coordinator())
                        .param("agency", "HEALTH").param("present-HEALTH", "yes").param("representative-HEALTH", "no.such.person"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is no member of staff with the username no.such.person"),
                        containsString("href=\"#representative-HEALTH\""))));
        mvc.perform(form(post("/marac/meetings/" + listed.meetingId() + "/attendance"), listed.coordinator())
                        .param("version", "0")
                        .param("agency", "HEALTH").param("present-HEALTH", "yes").param("representative-HEALTH", health.username())
                        .param("other-agency-1", "PROBATION").param("other-present-1", "no"))
                .andExpect(redirectedUrl("/marac/meetings/" + listed.meetingId() + "/attendance"));

        mvc.perform(get("/marac/meetings/" + listed.meetingId() + "/attendance").with(staff.as(health.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(health.username()), containsString("Demo Probation Delivery Unit"),
                        not(containsString("Save the attendance")))));
    }

    @Test
    void theChairWritesTheHearingAndAddsAnActionAndAnActionWithoutOwnerOrDueDateIsShownAsProblems() throws Exception {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount housing = fixture.account(Role.PARTNER, "HOUSING");
        String hearing = "/marac/cases/" + listed.caseId() + "/hearing";

        mvc.perform(form(post("/marac/cases/" + listed.caseId() + "/actions"), listed.chair())
                        .param("description", "Fit a door alarm").param("ownerAgency", "HOUSING").param("owner", "").param("dueOn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#owner\""), containsString("href=\"#dueOn\""),
                        containsString("Fit a door alarm"))));
        mvc.perform(form(post("/marac/cases/" + listed.caseId() + "/actions"), listed.chair())
                        .param("description", "Fit a door alarm").param("ownerAgency", "HOUSING")
                        .param("owner", housing.username()).param("dueOn", inDays(3)))
                .andExpect(redirectedUrl(hearing));
        mvc.perform(form(post(hearing), listed.chair()).param("version", "0")
                        .param("idvaSummary", "She wants to stay at home").param("caseMinutes", "Sanctuary agreed"))
                .andExpect(redirectedUrl(hearing));

        mvc.perform(get(hearing).with(staff.as(listed.chair())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("She wants to stay at home"), containsString("Fit a door alarm"),
                        containsString(housing.username()), containsString("does not close the owner's task"))));
        long actionId = jdbc.sql("SELECT id FROM marac.action WHERE case_id = ?").param(listed.caseId()).query(Long.class).single();
        String actions = "/marac/cases/" + listed.caseId() + "/actions/" + actionId;
        mvc.perform(form(post(actions + "/done"), listed.coordinator()).param("version", "0").param("outcome", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Say what was done"), containsString("id=\"outcome\""))));
        mvc.perform(form(post(actions + "/cancel"), listed.coordinator()).param("version", "0").param("outcome", "Agreed twice"))
                .andExpect(redirectedUrl(hearing));
        mvc.perform(get(hearing).with(staff.as(listed.chair())))
                .andExpect(content().string(allOf(containsString("Cancelled"), containsString("Agreed twice"))));
    }

    @Test
    void theCoordinatorClosesTheMeetingWarnedOfCasesWithoutAnActionPlanAndTheOverdueListIsForTheChair() throws Exception {
        MaracFixture.Listed listed = fixture.listed();
        String close = "/marac/meetings/" + listed.meetingId() + "/close";

        mvc.perform(get(close).with(staff.as(listed.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 case has"), containsString("no action plan"))));
        mvc.perform(form(post(close), listed.coordinator()).param("version", "0").param("minutes", "Quorate"))
                .andExpect(redirectedUrl(close));
        mvc.perform(get(close).with(staff.as(listed.chair())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Quorate"), containsString("Heard"),
                        not(containsString("Close the meeting: its cases are heard")))));
        assertThat(fixture.caseStatus(listed.caseId())).contains("HEARD");

        mvc.perform(get("/marac/actions/overdue").param("area", Long.toString(listed.areaId())).with(staff.as(listed.chair())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No action is overdue.")));
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        MaracAction late = calls.as(listed.chair(), () -> hearings.addAction(listed.caseId(), new NewMaracAction(
                "GP to <review> medication", "HEALTH", health.username(), LocalDate.now(ZoneId.of("Europe/London")))));
        jdbc.sql("UPDATE marac.action SET due_on = due_on - 2 WHERE id = ?").param(late.id()).update();
        mvc.perform(get("/marac/actions/overdue").with(staff.as(listed.chair())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 action is overdue."),
                        containsString("GP to &lt;review&gt; medication"), containsString(listed.victim().name()))));
        mvc.perform(get("/marac/actions/overdue").param("area", Long.toString(listed.areaId())).with(staff.as(health.username())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theResearchReturnsTableHasAColumnForAnAgencyThatReturnedWithoutBeingCoreAndEachCaseIsARowHeader() throws Exception {
        String coordinator = fixture.account(Role.MARAC_COORDINATOR, "POLICE").username();
        long areaId = fixture.area(coordinator, fixture.account(Role.SUPERVISOR, "POLICE").username(), List.of("POLICE", "HEALTH"));
        long meetingId = fixture.meeting(areaId, Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES));
        MaracFixture.Victim victim = fixture.victim();
        long caseId = fixture.maracCase(areaId, meetingId, victim);
        StaffAccount idva = fixture.account(Role.IDVA, "IDVA_SERVICE");
        fixture.idva(victim, idva.username());
        mvc.perform(form(post("/marac/cases/" + caseId + "/research"), idva.username())
                        .param("holdsInformation", "yes").param("aboutVictim", "Safety plan in place"))
                .andExpect(redirectedUrl("/marac/cases/" + caseId + "/research"));

        mvc.perform(get("/marac/meetings/" + meetingId + "/research").with(staff.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Demo IDVA Service"), containsString("Returned by " + idva.username()),
                        containsString("<th scope=\"row\""), containsString("0 of 2 returned"))));
    }

    @Test
    void theHearingLinksToTheMeetingsAgendaAndOnlyThoseWhoMayCloseAreOfferedTheClose() throws Exception {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        fixture.representative(listed.areaId(), health, "HEALTH");

        mvc.perform(get("/marac/cases/" + listed.caseId() + "/hearing").with(staff.as(health.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/marac/meetings/" + listed.meetingId() + "\">The meeting"),
                        not(containsString("/close\">The meeting")))));
        mvc.perform(get("/marac/meetings/" + listed.meetingId() + "/close").with(staff.as(health.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Meeting on "), not(containsString("Close the meeting")))));
        mvc.perform(get("/marac/meetings/" + listed.meetingId() + "/close").with(staff.as(listed.coordinator())))
                .andExpect(content().string(containsString("Close the meeting on ")));
    }

    @Test
    void anotherAgencyRowIsAFieldsetWhoseProblemsLinkToItsOwnFieldsAndAHeldMeetingsAttendanceIsFixed() throws Exception {
        MaracFixture.Listed listed = fixture.listed();
        String attendance = "/marac/meetings/" + listed.meetingId() + "/attendance";

        mvc.perform(form(post(attendance), listed.coordinator()).param("version", "0")
                        .param("other-agency-2", "PROBATION").param("other-present-2", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Another agency 2</legend>"),
                        containsString("href=\"#other-representative-2\""), containsString("id=\"other-representative-2-error\""),
                        containsString("Enter the username of who represented Demo Probation Delivery Unit"))));

        mvc.perform(form(post("/marac/meetings/" + listed.meetingId() + "/close"), listed.coordinator())
                .param("version", "0").param("minutes", "Quorate")).andExpect(redirectedUrl("/marac/meetings/" + listed.meetingId() + "/close"));
        mvc.perform(get(attendance).with(staff.as(listed.coordinator())))
                .andExpect(content().string(allOf(containsString("its attendance can no longer be changed"),
                        not(containsString("Save the attendance")))));
    }

    @Test
    void anUnreadableDueDateIsReportedWithTheMissingOwnerAndDescriptionNotInsteadOfThem() throws Exception {
        MaracFixture.Listed listed = fixture.listed();

        mvc.perform(form(post("/marac/cases/" + listed.caseId() + "/actions"), listed.chair())
                        .param("description", " ").param("ownerAgency", "HOUSING").param("owner", "").param("dueOn", "31/02/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#description\""), containsString("href=\"#owner\""),
                        containsString("Enter the due date as a real date, like 24/11/2026"))));
        assertThat(jdbc.sql("SELECT count(*) FROM marac.action WHERE case_id = ?").param(listed.caseId()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void theOverdueListNamesTheOwnerAgencyAndAMeetingPaperWithANonNumberIdIsNotFound() throws Exception {
        MaracFixture.Listed listed = fixture.listed();
        StaffAccount health = fixture.account(Role.PARTNER, "HEALTH");
        MaracAction late = calls.as(listed.chair(), () -> hearings.addAction(listed.caseId(), new NewMaracAction(
                "GP to review medication", "HEALTH", health.username(), LocalDate.now(ZoneId.of("Europe/London")))));
        jdbc.sql("UPDATE marac.action SET due_on = due_on - 2 WHERE id = ?").param(late.id()).update();

        mvc.perform(get("/marac/actions/overdue").param("area", Long.toString(listed.areaId())).with(staff.as(listed.chair())))
                .andExpect(content().string(allOf(containsString(health.username() + " (Demo Hospitals NHS Trust)"),
                        not(containsString("(HEALTH)")))));
        mvc.perform(get("/marac/meetings/abc/agenda.pdf").with(staff.as(listed.coordinator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/marac/meetings/abc/action-plan.pdf").with(staff.as(listed.coordinator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/marac/returns").with(staff.as("analyst")))
                .andExpect(content().string(containsString("class=\"govuk-back-link\"")));
    }
}
