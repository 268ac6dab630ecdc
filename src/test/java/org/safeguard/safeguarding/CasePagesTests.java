package org.safeguard.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.identity.PersonLinks;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.risk.Assessment;
import org.safeguard.risk.AssessmentAnswers;
import org.safeguard.risk.RiskAssessments;
import org.safeguard.risk.RiskLevel;
import org.safeguard.support.Calls;
import org.safeguard.support.Dash;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The case page and its forms, the board and the neighbourhood briefing, against the real database. Cases open
 * from a recorded domestic abuse incident by an event listener after the incident commits, so each test waits
 * for its case to open.
 */
@SafeguardTest
class CasePagesTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    Cases cases;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    PersonLinks links;
    @Autowired
    org.safeguard.support.Grants grants;

    /** A case opened by a new DA incident: the incident and the victim's case once the listener has opened it. */
    private record Opened(IncidentFile incident, VictimCase victimCase) {
        long id() {
            return victimCase.id();
        }
    }

    private Opened opened() {
        String family = Calls.unusedFamilyName();
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofHours(2)),
                null, "12 Orchard Close", "ZZ9 1RA", Calls.victim("Nina", family, LocalDate.of(1990, 4, 2)),
                Calls.suspect("Carl", family, LocalDate.of(1988, 7, 9)), "PRIORITY"));
        long victimId = file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        return new Opened(file, waitFor(() -> calls.as("officer", () -> cases.openCaseOf(victimId)), c -> true));
    }

    /** The case as it is now. */
    private VictimCase current(Opened opened) {
        return calls.as("officer", () -> cases.file(opened.id()).victimCase());
    }

    private <T> T waitFor(java.util.function.Supplier<Optional<T>> lookUp, java.util.function.Predicate<T> ready) {
        return org.safeguard.support.Eventually.found(() -> lookUp.get().filter(ready));
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String username) {
        return request.with(staff.as(username)).with(csrf());
    }

    /** Someone who is not the case's SPOC now, to change the SPOC to. */
    private static String anotherSpoc(VictimCase victimCase) {
        return victimCase.spoc().username().equals("officer") ? "specialist" : "officer";
    }

    @Test
    void theCasePageShowsTheSpocAndTheIncident() throws Exception {
        Opened opened = opened();

        mvc.perform(get("/cases/" + opened.id()).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(opened.victimCase().victimName()),
                        containsString("Single point of contact"), containsString(opened.victimCase().spoc().name()),
                        containsString(opened.incident().incident().reference()),
                        containsString("href=\"/incidents/" + opened.incident().incident().id() + "\""),
                        containsString("Carl "), containsString("Not assessed"))));
    }

    @Test
    void aVictimRecordedTwiceWithTwoOpenCasesIsToldToAgreeOneSpoc() throws Exception {
        Opened first = opened();
        Opened second = opened();
        calls.as("specialist", () -> links.link(first.victimCase().victimId(), second.victimCase().victimId(),
                "The same woman: her IDVA confirmed the earlier surname"));

        mvc.perform(get("/cases/" + first.id()).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is also recorded as " + second.victimCase().victimName()),
                        containsString("One person should have one SPOC"),
                        containsString("href=\"/cases/" + second.id() + "\""))));
    }

    @Test
    void aSpocChangeWithNoHandoverNoteIsRefusedAndChangesNothing() throws Exception {
        Opened opened = opened();
        VictimCase before = current(opened);

        mvc.perform(form(post("/cases/" + opened.id() + "/spoc"), "supervisor")
                        .param("version", Integer.toString(before.version())).param("spoc", anotherSpoc(before))
                        .param("reason", "Moving to the investigating officer").param("handoverNote", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("href=\"#handoverNote\""), containsString("Write a handover note"),
                        containsString("id=\"handoverNote\""),
                        containsString("value=\"Moving to the investigating officer\""))));

        VictimCase after = current(opened);
        assertThat(after.spoc().username()).isEqualTo(before.spoc().username());
        assertThat(after.version()).isEqualTo(before.version());
    }

    @Test
    void aSupervisorChangesTheSpocAndTheChangeIsInTheHistory() throws Exception {
        Opened opened = opened();
        VictimCase before = current(opened);
        String to = anotherSpoc(before);

        mvc.perform(form(post("/cases/" + opened.id() + "/spoc"), "supervisor")
                        .param("version", Integer.toString(before.version())).param("spoc", to)
                        .param("reason", "Officer in the case takes it on")
                        .param("handoverNote", "Prefers texts after 6pm; <b>not</b> at work."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + opened.id()))
                .andExpect(flash().attribute("success", containsString("is now the single point of contact")));

        VictimCase after = current(opened);
        assertThat(after.spoc().username()).isEqualTo(to);
        mvc.perform(get("/cases/" + opened.id()).with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(after.spoc().name()),
                        containsString("Officer in the case takes it on"),
                        containsString("Prefers texts after 6pm; &lt;b&gt;not&lt;/b&gt; at work."),
                        not(containsString("<b>not</b>")))));
    }

    @Test
    void aContactInTheFutureIsRefusedWithTheErrorSummary() throws Exception {
        Opened opened = opened();
        ZonedDateTime tomorrow = ZonedDateTime.now(LONDON).plusDays(1);

        mvc.perform(form(post("/cases/" + opened.id() + "/contacts"), "officer")
                        .param("contactedAt", day(tomorrow)).param("contactedTime", "10:00").param("channel", "PHONE")
                        .param("purpose", "Welfare check").param("outcome", "Spoke to her"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("href=\"#contactedAt\""), containsString("The contact must be now or in the past"),
                        containsString("value=\"Welfare check\""))));

        assertThat(calls.as("officer", () -> cases.file(opened.id()).contacts())).isEmpty();
    }

    @Test
    void aTimeThatCannotBeReadIsRefusedOnItsOwnField() throws Exception {
        Opened opened = opened();

        mvc.perform(form(post("/cases/" + opened.id() + "/contacts"), "officer")
                        .param("contactedAt", day(ZonedDateTime.now(LONDON))).param("contactedTime", "25:99")
                        .param("channel", "PHONE").param("purpose", "").param("outcome", "Spoke to her"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#contactedTime\""),
                        containsString("href=\"#purpose\""), not(containsString("href=\"#contactedAt\"")))));
    }

    @Test
    void threeContactsByThreePeopleShowTheContactWarning() throws Exception {
        Opened opened = opened();
        ZonedDateTime anHourAgo = ZonedDateTime.now(LONDON).minusHours(1);

        for (String username : new String[]{"officer", "supervisor", "specialist"}) {
            mvc.perform(form(post("/cases/" + opened.id() + "/contacts"), username)
                            .param("contactedAt", day(anHourAgo)).param("contactedTime", time(anHourAgo))
                            .param("channel", "PHONE").param("purpose", "Welfare check by " + username)
                            .param("outcome", "Spoke to her; she is safe"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/cases/" + opened.id()));
        }

        String page = mvc.perform(get("/cases/" + opened.id()).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-warning-text"),
                        containsString("Welfare check by specialist"))))
                .andReturn().getResponse().getContentAsString();
        String warning = calls.as("officer", () -> cases.file(opened.id()).contactWarning());
        assertThat(warning).isNotNull();
        assertThat(page).contains(org.springframework.web.util.HtmlUtils.htmlEscape(warning));
    }

    @Test
    void aTaskWithNoOwnerIsRefused() throws Exception {
        Opened opened = opened();
        ZonedDateTime tomorrow = ZonedDateTime.now(LONDON).plusDays(1);

        mvc.perform(form(post("/cases/" + opened.id() + "/tasks"), "officer")
                        .param("kind", "OTHER").param("title", "Ring the school").param("owner", "")
                        .param("dueAt", day(tomorrow)).param("dueTime", "17:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#owner\""),
                        containsString("Choose who owns the task"), containsString("id=\"owner\""),
                        containsString("value=\"Ring the school\""))));

        assertThat(calls.as("officer", () -> cases.file(opened.id()).tasks()))
                .noneMatch(t -> t.title().equals("Ring the school"));
    }

    @Test
    void markingATaskDoneWithAStaleVersionShowsTheConflict() throws Exception {
        Opened opened = opened();
        CaseTask task = calls.as("officer", () -> cases.addTask(opened.id(), new NewTask("OTHER", "Ring the school",
                "officer", Instant.now().plus(Duration.ofDays(1)))));

        jakarta.servlet.http.Cookie session = mvc.perform(form(post("/tasks/" + task.id() + "/done"), "officer")
                        .param("version", Integer.toString(task.version() + 7)).param("caseId", Long.toString(opened.id()))
                        .param("outcome", "Rang the school"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + opened.id()))
                .andExpect(flash().attribute("conflict", containsString("changed by someone else")))
                .andReturn().getResponse().getCookie("SESSION");

        // Following the redirect in the same session (kept in PostgreSQL) shows the message once.
        mvc.perform(get("/cases/" + opened.id()).with(staff.as("officer")).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changed by someone else after you opened it")));
        assertThat(calls.as("officer", () -> cases.file(opened.id()).tasks()))
                .filteredOn(t -> t.id() == task.id()).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(CaseTask.Status.OPEN));
    }

    @Test
    void anAddressThatIsNotACaseIsNotFound() throws Exception {
        mvc.perform(get("/cases/abc").with(staff.as("officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/99999999999").with(staff.as("officer"))).andExpect(status().isNotFound());
        mvc.perform(form(post("/tasks/abc/done"), "officer").param("outcome", "x")).andExpect(status().isNotFound());
    }

    @Test
    void theBoardShowsTheCasesTheUserIsSpocFor() throws Exception {
        Opened opened = opened();
        StaffAccount fresh = staff.fresh(Role.OFFICER);
        VictimCase before = current(opened);
        calls.as("supervisor", () -> cases.changeSpoc(opened.id(), before.version(), fresh.username(),
                "A new officer takes the case", "She knows the family."));

        mvc.perform(get("/board").with(staff.as(fresh.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("My cases"), containsString(before.victimName()),
                        containsString("href=\"/cases/" + opened.id() + "\""), containsString("Not assessed"))));
    }

    @Test
    void theBriefingShowsTheAreasHighRiskVictimsToASpecialistAndIsRefusedToAnOfficerOutsideTheArea() throws Exception {
        Opened opened = opened();
        calls.as("officer", () -> {
            Assessment draft = assessments.start(opened.incident().incident().id(), opened.victimCase().victimId(), null);
            return assessments.complete(draft.id(), draft.version(),
                    new AssessmentAnswers(Dash.answers(14), Map.of(), "He will come back tonight."), null, null);
        });
        VictimCase high = waitFor(() -> calls.as("officer", () -> cases.openCaseOf(opened.victimCase().victimId())),
                c -> c.riskLevel() == RiskLevel.HIGH);
        String area = high.area();
        assertThat(area).isNotBlank();

        mvc.perform(get("/briefings/" + area).with(staff.as("specialist")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(high.victimName()), containsString("High risk"),
                        containsString("Addresses are never printed"), not(containsString("12 Orchard Close")))));
        mvc.perform(get("/briefings").param("area", area).with(staff.as("specialist")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/briefings/" + area));
        mvc.perform(get("/briefings/" + area).with(staff.as("officer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTextToAVictimWhoseSafeContactForbidsTextsIsRefusedOnThePageWithTheReason() throws Exception {
        Opened opened = opened();
        long caseId = opened.victimCase().id();
        mvc.perform(form(post("/cases/{id}/safe-contact", caseId), "officer").param("version", "0")
                        .param("safePhone", "07700 900123").param("voicemailSafe", "true").param("codeWord", "bluebell")
                        .param("neverUse", "never text; he checks her phone"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(form(post("/cases/{id}/messages", caseId), "officer").param("channel", "SMS")
                        .param("body", "Please call me back when it is safe."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("conflict", org.hamcrest.Matchers.startsWith("Not sent: ")));
        mvc.perform(get("/cases/{id}/safe-contact", caseId).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("REFUSED")))
                .andExpect(content().string(containsString("bluebell")));
    }

    @Test
    void anIdvaAndAPartnerOpenTheCasePageWithoutSeeingPoliceIncidentsTheyMayNotSee() throws Exception {
        Opened opened = opened();

        for (String user : java.util.List.of("idva", "partner")) {
            // They work with the victim: the case's owner has granted them access.
            grants.grant(user, opened.victimCase().victimId());
            mvc.perform(get("/cases/{id}", opened.victimCase().id()).with(staff.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(opened.victimCase().victimName())))
                    .andExpect(content().string(containsString("No incidents you can see are linked to this case.")));
        }
    }

    @Test
    void aSupervisorsBoardShowsTheirTeamsOverdueTasksAndThoseEscalatedToThem() throws Exception {
        Opened opened = opened();
        String title = "Check the alarm " + Calls.unusedFamilyName();
        calls.as("officer", () -> cases.addTask(opened.victimCase().id(), new NewTask("OTHER", title, "officer",
                Instant.now().minus(Duration.ofHours(6)))));
        cases.escalateOverdue(Instant.now());

        mvc.perform(get("/board").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"escalated\"")))
                .andExpect(content().string(containsString("data-testid=\"team-overdue\"")))
                .andExpect(content().string(containsString(title)));
    }

    private static String day(ZonedDateTime moment) {
        return moment.getDayOfMonth() + "/" + moment.getMonthValue() + "/" + moment.getYear();
    }

    private static String time(ZonedDateTime moment) {
        return String.format("%02d:%02d", moment.getHour(), moment.getMinute());
    }
}
