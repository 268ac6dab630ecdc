package org.safeguard.marac;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.safeguard.access.NewStaffAccount;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.access.StaffDirectory;
import org.safeguard.directory.ServiceKind;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.referral.Referral;
import org.safeguard.referral.Referrals;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.AssessmentAnswers;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.support.Browser;
import org.safeguard.support.Calls;
import org.safeguard.support.Dash;
import org.safeguard.support.Eventually;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 7, done when: a browser runs a MARAC end to end. A high-risk DASH produces a MARAC and an IDVA referral
 * (the routing rules); the IDVA service takes the victim on; the case appears on the next agenda of the victim's
 * MARAC; two agencies return research and the coordinator sees who has; the meeting records the IDVA's account
 * and an action plan; each action is a task on its owner's board; the meeting is closed; and the victim,
 * re-referred six months after the hearing, is flagged a repeat with the earlier hearing linked (SafeLives: within
 * 12 months of the last MARAC). Everything a person does here is done in the browser, as they would do it.
 */
@SafeguardTest
class MaracJourneyBrowserTests {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Calls calls;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    Referrals referrals;
    @Autowired
    MaracAreas areas;
    @Autowired
    StaffDirectory directory;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        Browser.assumeInstalled();
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aHighRiskVictimIsHeardAtMaracWithAnActionPlanAndIsARepeatWhenReReferredSixMonthsLater() {
        StaffAccount coordinator = account(Role.MARAC_COORDINATOR, "POLICE");
        StaffAccount chair = account(Role.SUPERVISOR, "POLICE");
        StaffAccount specialist = account(Role.DA_SPECIALIST, "POLICE");
        StaffAccount mash = account(Role.PARTNER, "CHILDRENS_SERVICES");
        StaffAccount idva = account(Role.IDVA, "IDVA_SERVICE");

        // An officer's high-risk DASH at a domestic abuse incident.
        String family = Calls.unusedFamilyName();
        String victimName = "Nia " + family;
        // A town of this test's own, so its MARAC is the only one covering the victim's area.
        String town = "Journeytown " + UUID.randomUUID().toString().substring(0, 8);
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuseIn(town, Instant.now().minus(1, ChronoUnit.HOURS), null,
                "12 Copper Lane", Calls.unusedPostcode(), Calls.victim("Nia", family, LocalDate.of(1990, 2, 11)),
                Calls.suspect("Rex", family, LocalDate.of(1987, 8, 30)), "IMMEDIATE"));
        Incident incident = file.incident();
        long victim = incident.partiesIn(PartyRole.VICTIM).get(0).personId();
        String area = "Test MARAC " + UUID.randomUUID().toString().substring(0, 8);
        calls.as(coordinator.username(), () -> areas.create(new NewMaracArea(area, List.of(incident.area()), 2,
                DayOfWeek.TUESDAY, LocalTime.of(10, 0), 20, chair.username(), coordinator.username(),
                List.of("POLICE", "CHILDRENS_SERVICES", "IDVA_SERVICE"),
                List.of(new Representative(specialist.username(), "POLICE"),
                        new Representative(mash.username(), "CHILDRENS_SERVICES")))));
        completeHighRiskDash(incident.id(), victim);

        // The routing rules: high risk refers the victim to the MARAC and to the IDVA service.
        Referral toIdva = referralTo(victim, ServiceKind.IDVA);
        Referral toMarac = referralTo(victim, ServiceKind.MARAC);
        assertThat(toMarac.ruleId()).isNotBlank();
        assertThat(toMarac.ruleVersion()).isNotNull();

        // The IDVA service takes the victim on: the IDVA accepts the referral, naming themself.
        signIn(idva);
        open("/referrals/" + toIdva.id());
        new Select(browser.findElement(By.id("assignedTo"))).selectByValue(idva.username());
        submit("Accept");
        assertThat(main()).contains("Accepted");

        // The case is on the next agenda of the victim's MARAC.
        long caseId = Eventually.found(() -> caseOf(toMarac.id()));
        long meetingId = jdbc.sql("SELECT meeting_id FROM marac.marac_case WHERE id = ?").param(caseId).query(Long.class).single();
        signIn(coordinator);
        open("/marac/meetings/" + meetingId);
        assertThat(text("agenda")).contains(victimName);
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        // Two agencies return their research.
        returnResearch(mash, caseId, "Two children known to the MASH; a child and family assessment is open.");
        returnResearch(specialist, caseId, "Three call-outs in a year; the suspect has a previous DVPO.");
        signIn(coordinator);
        open("/marac/meetings/" + meetingId + "/research");
        assertThat(text("research-returns")).contains(victimName, "2 of 3");

        // The meeting: the IDVA's account for the victim, minutes, and an action plan with two owners.
        open("/marac/cases/" + caseId + "/hearing");
        type("idvaSummary", "She wants to stay at home with the children if the locks are changed.");
        type("caseMinutes", "Agencies agreed target hardening and a review of the children's plan.");
        submit("Save the hearing");
        String due = LocalDate.now(ZoneId.of("Europe/London")).plusDays(14).format(TYPED);
        addAction("Review the child and family assessment with the new risk", "CHILDRENS_SERVICES", mash.username(), due);
        addAction("Apply for a DVPO if the suspect returns to the address", "POLICE", specialist.username(), due);
        assertThat(text("actions")).contains("Review the child and family assessment", "Apply for a DVPO");
        assertThat(Browser.seriousAccessibilityViolations(browser)).isEmpty();

        // Each action is a task on its owner's board.
        signIn(mash);
        open("/board");
        assertThat(text("my-tasks")).contains("Review the child and family assessment with the new risk");
        signIn(specialist);
        open("/board");
        assertThat(text("my-tasks")).contains("Apply for a DVPO if the suspect returns to the address");

        // The coordinator closes the meeting: the case is heard, and the MARAC referral is done.
        signIn(coordinator);
        open("/marac/meetings/" + meetingId + "/close");
        type("minutes", "Four cases heard; all core agencies attended.");
        submit("Close the meeting: its cases are heard");
        assertThat(jdbc.sql("SELECT status FROM marac.marac_case WHERE id = ?").param(caseId).query(String.class).single())
                .isEqualTo("HEARD");

        // Six months pass: the hearing is moved back so it lies six months before today's re-referral.
        jdbc.sql("UPDATE marac.meeting SET held_at = ? WHERE id = ?").params(
                java.sql.Timestamp.from(Instant.now().minus(183, ChronoUnit.DAYS)), meetingId).update();
        jdbc.sql("UPDATE marac.marac_case SET heard_at = (SELECT held_at FROM marac.meeting WHERE id = ?), "
                + "referred_at = referred_at - interval '6 months' WHERE id = ?").params(meetingId, caseId).update();

        // A new incident and a new high-risk DASH: the victim is referred again, and the MARAC marks a repeat.
        IncidentFile again = calls.record("call.handler", Calls.domesticAbuseIn(town, Instant.now().minus(10, ChronoUnit.MINUTES),
                null, "12 Copper Lane", Calls.unusedPostcode(), Calls.victim("Nia", family, LocalDate.of(1990, 2, 11)),
                Calls.suspect("Rex", family, LocalDate.of(1987, 8, 30)), "IMMEDIATE"));
        long sameVictim = again.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        assertThat(sameVictim).as("the victim's own record, found by name and date of birth").isEqualTo(victim);
        completeHighRiskDash(again.incident().id(), victim);
        Referral reReferral = Eventually.found(() -> calls.as("officer", () -> referrals.ofVictim(victim)).stream()
                .filter(r -> r.serviceKind() == ServiceKind.MARAC && r.id() != toMarac.id()).findFirst());
        long repeatCase = Eventually.found(() -> caseOf(reReferral.id()));

        signIn(coordinator);
        open("/marac/cases/" + repeatCase);
        assertThat(text("case")).contains("Repeat");
        browser.findElement(By.partialLinkText("earlier hearing")).click();
        Browser.waitFor(browser, ExpectedConditions.urlContains("/marac/cases/" + caseId));
        assertThat(text("status")).isEqualTo("Heard");
    }

    private void completeHighRiskDash(long incidentId, long victim) {
        calls.as("officer", () -> {
            Assessment draft = assessments.start(incidentId, victim, null);
            return assessments.complete(draft.id(), draft.version(), new AssessmentAnswers(Dash.answers(15), Map.of(),
                    "I think he will kill me next time"), null, null);
        });
    }

    private Referral referralTo(long victim, ServiceKind kind) {
        return Eventually.found(() -> calls.as("officer", () -> referrals.ofVictim(victim)).stream()
                .filter(r -> r.serviceKind() == kind).findFirst());
    }

    private Optional<Long> caseOf(long referralId) {
        return jdbc.sql("SELECT id FROM marac.marac_case WHERE referral_id = ? AND meeting_id IS NOT NULL")
                .param(referralId).query(Long.class).optional();
    }

    private void returnResearch(StaffAccount representative, long caseId, String aboutVictim) {
        signIn(representative);
        open("/marac/cases/" + caseId + "/research");
        Browser.clickLabelFor(browser, "holdsInformation");
        type("aboutVictim", aboutVictim);
        submit("Return the research");
        assertThat(main()).contains(aboutVictim);
    }

    private void addAction(String description, String agency, String owner, String due) {
        type("description", description);
        new Select(browser.findElement(By.id("ownerAgency"))).selectByValue(agency);
        type("owner", owner);
        type("dueOn", due);
        submit("Add the action");
    }

    private StaffAccount account(Role role, String agencyCode) {
        long agency = directory.agencyByCode(agencyCode).orElseThrow().id();
        String username = "t.journey." + role.name().toLowerCase().replace('_', '-') + "."
                + UUID.randomUUID().toString().substring(0, 8);
        return directory.createAccount(new NewStaffAccount(username, "Test " + role.label(), null, agency, null,
                Set.of(role.name()), Staff.PASSWORD));
    }

    private void signIn(StaffAccount account) {
        Browser.signIn(browser, port, account.username(), Staff.PASSWORD);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String field, String value) {
        var input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
    }

    private void submit(String button) {
        var pressed = browser.findElement(By.xpath("//button[normalize-space()='" + button + "']"));
        pressed.click();
        Browser.waitFor(browser, ExpectedConditions.stalenessOf(pressed));
        assertThat(browser.findElements(By.cssSelector(".govuk-error-summary"))).as("errors after " + button).isEmpty();
    }

    private String main() {
        return browser.findElement(By.cssSelector("main")).getText();
    }

    private String text(String testId) {
        return browser.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
    }
}
