package org.safeguard.risk;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.safeguard.access.Role;
import org.safeguard.access.StaffAccount;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.PartyRole;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The risk quality pages: dip sampling (drawing a week with a recorded seed, a specialist's review and the
 * re-assessment an upgrade asks for, the agreement report), the DASH completion audit, and administrators
 * adding an instrument version. Assessments are made through the real facades; each test that draws a week
 * uses Mondays of its own in 2019, because a week is drawn once per database and tests share one.
 */
@SafeguardTest
class RiskQualityPagesTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    RiskAssessments assessments;
    @Autowired
    DipSamples dipSamples;
    @Autowired
    Instruments instruments;
    @Autowired
    JdbcClient jdbc;

    @Test
    void drawingAWeekShowsTheSampleWithItsSeedAndTheWeekCannotBeDrawnAgain() throws Exception {
        LocalDate monday = LocalDate.of(2019, 3, 4);
        Assessment assessment = completed("officer", midweek(monday), 0, Map.of());

        String sampleUrl = mvc.perform(form(post("/risk/dip-samples"), "supervisor")
                        .param("weekStart", "4/3/2019").param("seed", "424242"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/risk/dip-samples/*"))
                .andExpect(flash().attribute("success", allOf(containsString("4 Mar 2019"),
                        containsString("1 of 1 assessment"), containsString("seed 424242"))))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(sampleUrl).with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Week starting 4 Mar 2019"), containsString("424242"),
                        containsString(assessment.victimName()), containsString("href=\"/incidents/" + assessment.incidentId() + "\""),
                        containsString("Response North"), containsString("Not reviewed"),
                        containsString("href=\"/risk/dip-reviews/"))));
        mvc.perform(get("/risk/dip-samples").with(staff.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("4 Mar 2019"), containsString("424242"),
                        containsString("1 of 1"), not(containsString("Draw the sample")))));

        mvc.perform(form(post("/risk/dip-samples"), "supervisor").param("weekStart", "4/3/2019").param("seed", "424242"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#weekStart\""),
                        containsString("The week starting 2019-03-04 has been drawn already"))));
        assertThat(samplesForWeek(monday)).isEqualTo(1);
    }

    @Test
    void aDateThatIsNotAMondayOrNotADateOrABadSeedIsRefusedAndNothingIsDrawn() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM risk.dip_sample").query(Long.class).single();

        mvc.perform(form(post("/risk/dip-samples"), "supervisor").param("weekStart", "6/3/2019"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#weekStart\""),
                        containsString("Weeks start on a Monday"), containsString("value=\"6/3/2019\""))));
        mvc.perform(form(post("/risk/dip-samples"), "supervisor").param("weekStart", "the first of March"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the Monday the week starts on as a date, like 16/11/2026")));
        mvc.perform(form(post("/risk/dip-samples"), "specialist").param("weekStart", "4/2/2019").param("seed", "twelve"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#seed\""), containsString("The seed must be a whole number"))));
        String thisMonday = LocalDate.now(LONDON).with(DayOfWeek.MONDAY).toString();
        mvc.perform(form(post("/risk/dip-samples"), "supervisor").param("weekStart", thisMonday))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Draw a week once it has ended")));

        assertThat(jdbc.sql("SELECT count(*) FROM risk.dip_sample").query(Long.class).single()).isEqualTo(before);
        assertThat(samplesForWeek(LocalDate.of(2019, 2, 4))).isZero();
    }

    @Test
    void aSpecialistRecordsAnUpgradeAndAReassessmentIsRequestedForTheAssessor() throws Exception {
        LocalDate monday = LocalDate.of(2019, 4, 1);
        Assessment assessment = completed("officer", midweek(monday), 0, Map.of());
        DipSample sample = calls.as("supervisor", () -> dipSamples.draw(monday, 7L));
        DipReview review = calls.as("supervisor", () -> dipSamples.sample(sample.id())).getValue().get(0);
        assertThat(review.assessmentId()).isEqualTo(assessment.id());
        String reviewUrl = "/risk/dip-reviews/" + review.id();

        mvc.perform(get("/risk/dip-samples").with(staff.as(review.assignedTo())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Reviews waiting for you"), containsString("href=\"" + reviewUrl + "\""))));
        mvc.perform(get(reviewUrl).with(staff.as("specialist")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(assessment.victimName()), containsString("Standard"),
                        containsString("href=\"/risk/assessments/" + assessment.id() + "\""), containsString("Record the review"),
                        containsString("name=\"version\" value=\"0\""))));

        mvc.perform(form(post(reviewUrl), "specialist").param("version", "0").param("comment", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#level\""),
                        containsString("Choose the level you judge right"), containsString("href=\"#comment\""))));

        mvc.perform(form(post(reviewUrl), "specialist").param("version", "0").param("level", "HIGH")
                        .param("comment", "Threats to kill were disclosed; the history shows escalation."))
                .andExpect(redirectedUrl(reviewUrl))
                .andExpect(flash().attribute("success", containsString("a re-assessment has been requested for the assessor, officer")));
        assertThat(jdbc.sql("SELECT count(*) FROM risk.reassessment WHERE assessment_id = :id AND owner = 'officer' "
                + "AND requested_by = 'specialist' AND done_at IS NULL").param("id", assessment.id()).query(Long.class).single())
                .isEqualTo(1);
        mvc.perform(get(reviewUrl).with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Threats to kill were disclosed"), containsString("High"),
                        not(containsString("Record the review")))));
        mvc.perform(get("/risk/dip-samples/" + sample.id()).with(staff.as("supervisor")))
                .andExpect(content().string(allOf(containsString("govuk-tag--red"), not(containsString("Not reviewed")))));

        mvc.perform(form(post(reviewUrl), "specialist").param("version", "0").param("level", "MEDIUM")
                        .param("comment", "Opened before the first review was saved."))
                .andExpect(redirectedUrl(reviewUrl))
                .andExpect(flash().attribute("conflict", containsString("changed by someone else")));
        assertThat(jdbc.sql("SELECT reviewer_level FROM risk.dip_review WHERE id = :id").param("id", review.id())
                .query(String.class).single()).isEqualTo("HIGH");
    }

    @Test
    void theAssessorCannotReviewTheirOwnAssessment() throws Exception {
        LocalDate monday = LocalDate.of(2019, 5, 6);
        StaffAccount specialistAssessor = staff.fresh(Role.DA_SPECIALIST);
        Assessment assessment = completed(specialistAssessor.username(), midweek(monday), 0, Map.of());
        DipSample sample = calls.as("supervisor", () -> dipSamples.draw(monday, 11L));
        DipReview review = calls.as("supervisor", () -> dipSamples.sample(sample.id())).getValue().get(0);
        assertThat(review.assessmentId()).isEqualTo(assessment.id());
        assertThat(review.assignedTo()).isNotEqualTo(specialistAssessor.username());

        mvc.perform(get("/risk/dip-reviews/" + review.id()).with(staff.as(specialistAssessor.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("You made this assessment"), not(containsString("Record the review")))));
        mvc.perform(form(post("/risk/dip-reviews/" + review.id()), specialistAssessor.username()).param("version", "0")
                        .param("level", "HIGH").param("comment", "Marking my own work."))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("SELECT reviewed_at IS NULL FROM risk.dip_review WHERE id = :id").param("id", review.id())
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM risk.reassessment WHERE assessment_id = :id").param("id", assessment.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theReportShowsAgreementKappaUpgradesAndTheLevelTable() throws Exception {
        // Standard agreed, medium agreed, standard upgraded to high: 2 of 3 agree, kappa (2/3 - 1/3) / (1 - 1/3) = 0.50.
        reviewed(LocalDate.of(2019, 6, 3), 0, "STANDARD");
        reviewed(LocalDate.of(2019, 6, 10), 10, "MEDIUM");
        reviewed(LocalDate.of(2019, 6, 17), 0, "HIGH");

        mvc.perform(get("/reports/dip-sampling").param("from", "3/6/2019").param("to", "23/6/2019").with(staff.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"agreement-percent\">66.7%<"),
                        containsString("data-testid=\"kappa\">0.50<"), containsString("data-testid=\"upgrades\">1<"),
                        containsString("data-testid=\"downgrades\">0<"),
                        containsString("Kappa: agreement beyond what chance would give; 1 is full agreement, 0 no better than chance"),
                        containsString("Response North"), containsString("Reviewer: High"))));

        mvc.perform(get("/reports/dip-sampling").param("from", "7/1/2013").param("to", "13/1/2013").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-testid=\"kappa\">Not enough reviews<"),
                        containsString("No reviews were recorded for these weeks"))));
        mvc.perform(get("/reports/dip-sampling").with(staff.as("specialist"))).andExpect(status().isOk());
        mvc.perform(get("/reports/dip-sampling").param("from", "31/2/2019").with(staff.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#from\""),
                        not(containsString("data-testid=\"kappa\"")))));
    }

    @Test
    void theCompletionReportCountsAnAssessmentWithAQuestionNotAskedAndListsItsReason() throws Exception {
        LocalDate day = LocalDate.of(2018, 9, 12);
        Instant at = day.atTime(LocalTime.NOON).atZone(LONDON).toInstant();
        completed("officer", at, 0, Map.of());
        completed("officer", at, 0, Map.of("dash-07", "Suspect was in the room"));
        String wording = calls.as("admin", () -> instruments.inUse()).question("dash-07").orElseThrow().wording();

        mvc.perform(get("/reports/risk-completion").param("from", "12/9/2018").param("to", "12/9/2018").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<strong>50.0%</strong>"),
                        containsString("Every question asked: assessments where no question"),
                        containsString("Alex Rowan (officer)"), containsString("September 2018"),
                        containsString(org.springframework.web.util.HtmlUtils.htmlEscape(wording)), containsString("DASH dash-07"),
                        containsString("Suspect was in the room (1)"))));

        mvc.perform(get("/reports/risk-completion").with(staff.as("analyst"))).andExpect(status().isOk());
        mvc.perform(get("/reports/risk-completion").with(staff.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/reports/risk-completion").param("from", "soon").param("to", "1/1/2018").with(staff.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#from\""),
                        containsString("Enter the first day as a date"))));
        mvc.perform(get("/reports/risk-completion").param("from", "2/1/2018").param("to", "1/1/2018").with(staff.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#to\""),
                        containsString("The last day must be on or after the first day"))));
    }

    @Test
    void anAdministratorAddsAnInstrumentVersionAndSeesItListed() throws Exception {
        String suffix = randomLetters();
        String code = "TEST-" + suffix.toUpperCase();
        String id = "t" + suffix;
        String yaml = """
                code: %s
                version: 1
                name: Test checklist %s
                purpose: SUPPLEMENT
                questions:
                  - id: %s-01
                    topic: Test topic
                    wording: Is this a test question?
                    help: Only for tests.
                  - id: %s-02
                    topic: Another topic
                    wording: Is this another test question?
                    answers: [YES, NO]
                """.formatted(code, suffix, id, id);

        mvc.perform(form(post("/admin/instruments"), "admin").param("source", yaml))
                .andExpect(redirectedUrl("/admin/instruments/" + code + "/1"))
                .andExpect(flash().attribute("success", containsString(code + " v1")));

        mvc.perform(get("/admin/instruments").with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/admin/instruments/" + code + "/1\""),
                        containsString("Test checklist " + suffix), containsString("uploaded by admin"),
                        containsString("In use for police assessments"))));
        mvc.perform(get("/admin/instruments/" + code + "/1").with(staff.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(id + "-01"), containsString("Is this a test question?"),
                        containsString("Only for tests."), containsString("Another topic"),
                        containsString("Yes, No, or Not asked with the reason"))));
    }

    @Test
    void anUploadWithADuplicateQuestionIdIsRefusedNamingTheLine() throws Exception {
        String suffix = randomLetters();
        String code = "TEST-" + suffix.toUpperCase();
        String id = "t" + suffix + "-01";
        String yaml = """
                code: %s
                version: 1
                name: Broken checklist
                purpose: MAIN
                questions:
                  - id: %s
                    topic: Test topic
                    wording: First question?
                  - id: %s
                    topic: Test topic
                    wording: Second question with the same id?
                """.formatted(code, id, id);

        mvc.perform(form(post("/admin/instruments"), "admin").param("source", yaml))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"), containsString("href=\"#source\""),
                        containsString("line 9"), containsString("is used twice (first at line 6)"),
                        containsString("Second question with the same id?"))));
        assertThat(jdbc.sql("SELECT count(*) FROM risk.instrument_version WHERE code = :code").param("code", code)
                .query(Long.class).single()).isZero();
        mvc.perform(get("/admin/instruments/" + code + "/1").with(staff.as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void aBadInstrumentAddressIsNotFound() throws Exception {
        mvc.perform(get("/admin/instruments/DASH/1").with(staff.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/instruments/DASH/one").with(staff.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/instruments/DASH/99999999999").with(staff.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/instruments/NO-SUCH/1").with(staff.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/risk/dip-samples/not-a-number").with(staff.as("supervisor"))).andExpect(status().isNotFound());
        mvc.perform(get("/risk/dip-reviews/999999999").with(staff.as("supervisor"))).andExpect(status().isNotFound());
    }

    @Test
    void eachPageIsForItsRolesOnly() throws Exception {
        for (String username : new String[] {"supervisor", "specialist", "analyst", "officer"}) {
            mvc.perform(get("/admin/instruments").with(staff.as(username))).andExpect(status().isForbidden());
            mvc.perform(form(post("/admin/instruments"), username).param("source", "code: X")).andExpect(status().isForbidden());
        }
        for (String page : new String[] {"/risk/dip-samples", "/reports/dip-sampling", "/reports/risk-completion"}) {
            mvc.perform(get(page).with(staff.as("officer"))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(staff.as("analyst"))).andExpect(status().isOk());
        }
        mvc.perform(form(post("/risk/dip-samples"), "analyst").param("weekStart", "7/1/2019")).andExpect(status().isForbidden());
        assertThat(samplesForWeek(LocalDate.of(2019, 1, 7))).isZero();

        mvc.perform(get("/").with(staff.as("supervisor")))
                .andExpect(content().string(allOf(containsString("Dip sampling"), containsString("DASH completion"),
                        not(containsString("Risk instruments")))));
        mvc.perform(get("/").with(staff.as("admin")))
                .andExpect(content().string(allOf(containsString("Risk instruments"), containsString("DASH completion"),
                        not(containsString("Dip sampling")))));
    }

    /** A DASH assessment of a new victim, completed with {@code yes} Yes answers and the rest No, moved to {@code completedAt}. */
    private Assessment completed(String assessor, Instant completedAt, int yes, Map<String, String> notAsked) {
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minusSeconds(3600), null,
                "3 Quality Row", Calls.unusedPostcode(), Calls.victim("Dana", Calls.unusedFamilyName(), LocalDate.of(1990, 4, 12)),
                Calls.suspect("Lee", "Tester", null), "PRIORITY"));
        long victimId = file.incident().partiesIn(PartyRole.VICTIM).get(0).personId();
        Map<String, String> answers = new HashMap<>();
        for (int question = 1; question <= 27; question++) {
            answers.put(String.format("dash-%02d", question), question <= yes ? "YES" : "NO");
        }
        Map<String, String> reasons = new HashMap<>();
        notAsked.forEach((question, reason) -> {
            answers.put(question, "NOT_ASKED");
            reasons.put(question, reason);
        });
        Assessment done = calls.as(assessor, () -> {
            Assessment draft = assessments.start(file.incident().id(), victimId, null);
            return assessments.complete(draft.id(), draft.version(), new AssessmentAnswers(answers, reasons, null), null, null);
        });
        jdbc.sql("UPDATE risk.assessment SET completed_at = :at WHERE id = :id")
                .param("at", Timestamp.from(completedAt)).param("id", done.id()).update();
        return done;
    }

    /** The week's only assessment, drawn and reviewed by the specialist at {@code reviewerLevel}. */
    private void reviewed(LocalDate monday, int yes, String reviewerLevel) {
        completed("officer", midweek(monday), yes, Map.of());
        DipSample sample = calls.as("supervisor", () -> dipSamples.draw(monday, 1L));
        DipReview review = calls.as("supervisor", () -> dipSamples.sample(sample.id())).getValue().get(0);
        calls.as("specialist", () -> dipSamples.record(review.id(), review.version(), reviewerLevel, "Reviewed for the report test."));
    }

    private static Instant midweek(LocalDate monday) {
        return monday.plusDays(2).atTime(LocalTime.NOON).atZone(LONDON).toInstant();
    }

    private long samplesForWeek(LocalDate monday) {
        return jdbc.sql("SELECT count(*) FROM risk.dip_sample WHERE week_start = :week").param("week", monday)
                .query(Long.class).single();
    }

    private static String randomLetters() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String username) {
        return request.with(staff.as(username)).with(csrf());
    }
}
