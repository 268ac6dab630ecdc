package org.safeguard.offender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.identity.PersonDetails;
import org.safeguard.identity.PersonRecords;
import org.safeguard.identity.Sex;
import org.safeguard.offender.ProgrammeReferral.Rating;
import org.safeguard.offender.ProgrammeReferral.SuitabilityFactor;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The custody event form and import API, and the programme pages: a good form goes through to the profile or the
 * referral, a refused one comes back with the GOV.UK error summary and what was typed and saves nothing; the API
 * answers problem JSON naming each bad event by its place.
 */
@SafeguardTest
class CustodyAndProgrammePagesTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    PersonRecords people;
    @Autowired
    Programmes programmes;
    @Autowired
    JdbcClient jdbc;

    private long person(String given) {
        return calls.as("officer", () -> people.resolve(new PersonDetails(given, Calls.unusedFamilyName(),
                LocalDate.of(1984, 3, 9), Sex.MALE), "POLICE")).id();
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String username) {
        return request.with(staff.as(username)).with(csrf());
    }

    private long custodyEventsAbout(long personId) {
        return jdbc.sql("SELECT count(*) FROM offender.custody_event WHERE person_id = :p").param("p", personId)
                .query(Long.class).single();
    }

    private long referralsOf(long personId) {
        return jdbc.sql("SELECT count(*) FROM offender.programme_referral WHERE person_id = :p").param("p", personId)
                .query(Long.class).single();
    }

    private ProgrammeReferral referred(long personId) {
        Map<SuitabilityFactor, Rating> ratings = new EnumMap<>(SuitabilityFactor.class);
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            ratings.put(factor, Rating.LOW);
        }
        return calls.as("specialist", () -> programmes.refer(new NewProgrammeReferral(personId, "Change programme",
                ratings, null)));
    }

    // ---- Custody

    @Test
    void theCustodyFormOffersEveryDecisionInWordsUnderThePersonsName() throws Exception {
        long person = person("Reece");

        mvc.perform(get("/offenders/" + person + "/custody/new").with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Record a custody event"), containsString("Reece "),
                        containsString("Released on bail"), containsString("Released under investigation"),
                        containsString("Remanded in custody"), containsString("name=\"decidedAt\""))));
    }

    @Test
    void aCustodyEventTypedInUkDateAndTimeIsStoredAndGoesBackToTheProfile() throws Exception {
        long person = person("Reece");

        mvc.perform(form(post("/offenders/" + person + "/custody"), "officer")
                        .param("decision", "RELEASED_ON_BAIL").param("decidedAt", "24/12/2025").param("decidedTime", "15:00")
                        .param("detail", "Bail to 5 January: no contact with the victim").param("reference", ""))
                .andExpect(redirectedUrl("/offenders/" + person))
                .andExpect(flash().attribute("success", containsString("released on bail")));

        Map<String, Object> stored = jdbc.sql("SELECT decision, decided_at, detail, reference, source FROM offender.custody_event "
                + "WHERE person_id = :p").param("p", person).query().singleRow();
        assertThat(stored.get("decision")).isEqualTo("RELEASED_ON_BAIL");
        assertThat(((Timestamp) stored.get("decided_at")).toInstant())
                .isEqualTo(LocalDateTime.parse("2025-12-24T15:00").atZone(LONDON).toInstant());
        assertThat(stored.get("detail")).isEqualTo("Bail to 5 January: no contact with the victim");
        assertThat((String) stored.get("reference")).startsWith("PAGE-");
        assertThat(stored.get("source")).isEqualTo("PAGE");
    }

    @Test
    void aCustodyFormWithNoDecisionAndAnUnreadableDateShowsEachProblemKeepsWhatWasTypedAndSavesNothing() throws Exception {
        long person = person("Reece");

        mvc.perform(form(post("/offenders/" + person + "/custody"), "officer")
                        .param("decidedAt", "31/02/2025").param("decidedTime", "15:00").param("detail", "Held overnight"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("href=\"#decision\""), containsString("Choose the custody decision"),
                        containsString("Enter the date of the decision as a real date"),
                        not(containsString("Enter when the decision was made")), containsString("Held overnight"))));
        assertThat(custodyEventsAbout(person)).isZero();
    }

    @Test
    void aDecisionTypedForTomorrowIsRefusedOnThePage() throws Exception {
        long person = person("Reece");
        String tomorrow = LocalDate.now(LONDON).plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        mvc.perform(form(post("/offenders/" + person + "/custody"), "officer")
                        .param("decision", "ARRESTED").param("decidedAt", tomorrow).param("decidedTime", "23:59"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The time of the decision must be now or in the past")));
        assertThat(custodyEventsAbout(person)).isZero();
    }

    @Test
    void theCustodyFormOfAnUnknownPersonIsNotFound() throws Exception {
        mvc.perform(get("/offenders/8999999998/custody/new").with(staff.as("officer"))).andExpect(status().isNotFound());
    }

    @Test
    void theImportApiAddsNewEventsAndCountsRepeatedOnesAsAlreadyRecorded() throws Exception {
        long person = person("Reece");
        String reference = "CUS-" + UUID.randomUUID();
        String body = """
                { "events": [ { "personId": %d, "decision": "REMANDED", "decidedAt": "2025-12-24T15:00:00Z",
                                "detail": "Remanded to HMP Testshire", "reference": "%s" } ] }""".formatted(person, reference);

        mvc.perform(post("/api/v1/custody-events").with(staff.as("supervisor")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.added").value(1)).andExpect(jsonPath("$.alreadyRecorded").value(0));
        mvc.perform(post("/api/v1/custody-events").with(staff.as("supervisor")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(0)).andExpect(jsonPath("$.alreadyRecorded").value(1));
        mvc.perform(get("/api/v1/people/" + person + "/custody-events").with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reference").value(reference))
                .andExpect(jsonPath("$[0].decision").value("REMANDED"))
                .andExpect(jsonPath("$[0].source").value("IMPORT"));
    }

    @Test
    void theImportApiRefusesTheWholeImportWithProblemJsonNamingEachBadEventAndSavesNothing() throws Exception {
        long person = person("Reece");
        String body = """
                { "events": [
                  { "personId": %d, "decision": "ARRESTED", "decidedAt": "2025-12-24T15:00:00Z", "reference": "CUS-%s" },
                  { "personId": 8999999997, "decision": "CHARGED", "decidedAt": "2025-12-24T16:00:00Z", "reference": "CUS-%s" },
                  { "personId": %d, "decision": "ARRESTED", "reference": "CUS-%s" } ] }"""
                .formatted(person, UUID.randomUUID(), UUID.randomUUID(), person, UUID.randomUUID());

        mvc.perform(post("/api/v1/custody-events").with(staff.as("supervisor")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("events[1].personId")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("No person record with id 8999999997")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("events[2].decidedAt")));
        assertThat(custodyEventsAbout(person)).as("not even the good event").isZero();
    }

    @Test
    void theImportApiNamesADecisionItDoesNotKnow() throws Exception {
        long person = person("Reece");
        String body = """
                { "events": [ { "personId": %d, "decision": "LET_OFF", "decidedAt": "2025-12-24T15:00:00Z", "reference": "CUS-%s" } ] }"""
                .formatted(person, UUID.randomUUID());

        mvc.perform(post("/api/v1/custody-events").with(staff.as("supervisor")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("events[0].decision"))
                .andExpect(jsonPath("$.errors[0].message", containsString("RELEASED_UNDER_INVESTIGATION")));
        assertThat(custodyEventsAbout(person)).isZero();
    }

    @Test
    void onlyImportingClientsMayImport() throws Exception {
        mvc.perform(post("/api/v1/custody-events").with(staff.as("officer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{ \"events\": [] }"))
                .andExpect(status().isForbidden());
    }

    // ---- Programmes

    @Test
    void aReferralFormWithUnratedFactorsShowsEachInTheErrorSummaryKeepsTheRatingsGivenAndSavesNothing() throws Exception {
        long person = person("Kyle");

        mvc.perform(form(post("/offenders/" + person + "/programmes"), "specialist")
                        .param("programme", "Change programme").param("assessment.MOTIVATION", "HIGH")
                        .param("assessment.ACCOUNTABILITY", "LOW"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("href=\"#assessment.AWARENESS_OF_HARM\""),
                        containsString("Rate &#39;awareness of the harm caused&#39; as low, medium or high"),
                        containsString("Rate &#39;risk to partners and children&#39; as low, medium or high"),
                        not(containsString("Rate &#39;motivation to change&#39;")),
                        containsString("value=\"Change programme\""))));
        assertThat(referralsOf(person)).isZero();
    }

    @Test
    void aCompleteReferralGoesToItsPageWithTheFirstMonthlyReviewDue() throws Exception {
        long person = person("Kyle");
        MockHttpServletRequestBuilder referral = form(post("/offenders/" + person + "/programmes"), "specialist")
                .param("programme", "Change programme").param("assessmentNotes", "Wants to keep contact with his children");
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            referral.param("assessment." + factor.name(), "MEDIUM");
        }

        String location = mvc.perform(referral).andExpect(redirectedUrlPattern("/offenders/programmes/*"))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(referralsOf(person)).isEqualTo(1);
        mvc.perform(get(location).with(staff.as("specialist")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Change programme"), containsString("Kyle "),
                        containsString("Awareness of the harm caused"), containsString("Monthly case management"),
                        containsString("Wants to keep contact with his children"), containsString("Not chosen yet"))));
    }

    @Test
    void thePathwayFormNeedsItsReasonAndARiskAlertAddsAReviewOnThePage() throws Exception {
        ProgrammeReferral referral = referred(person("Kyle"));
        String page = "/offenders/programmes/" + referral.id();

        mvc.perform(form(post(page + "/pathway"), "specialist").param("pathway", "CONVICT").param("pathwayReason", "")
                        .param("version", Integer.toString(referral.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Say why this pathway was chosen"))));
        mvc.perform(form(post(page + "/risk-alerts"), "specialist").param("alertReason", "Seen outside her new address"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(staff.as("specialist")))
                .andExpect(content().string(allOf(containsString("Risk alert"), containsString("Seen outside her new address"),
                        containsString("Not chosen yet"))));
    }

    @Test
    void aStaleVersionOfThePathwayFormIsAConflictNotAnOverwrite() throws Exception {
        ProgrammeReferral referral = referred(person("Kyle"));
        String page = "/offenders/programmes/" + referral.id();
        mvc.perform(form(post(page + "/pathway"), "specialist").param("pathway", "ENGAGE")
                        .param("pathwayReason", "Agrees to support").param("version", Integer.toString(referral.version())))
                .andExpect(redirectedUrl(page));

        mvc.perform(form(post(page + "/pathway"), "supervisor").param("pathway", "CONVICT")
                        .param("pathwayReason", "Opened before the change").param("version", Integer.toString(referral.version())))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("conflict", containsString("changed by someone else")));
        assertThat(calls.as("specialist", () -> programmes.referral(referral.id())).pathwayReason()).isEqualTo("Agrees to support");
    }

    @Test
    void marksAReviewDoneFromTheReferralPage() throws Exception {
        ProgrammeReferral referral = referred(person("Kyle"));
        long review = referral.reviews().get(0).id();
        String page = "/offenders/programmes/" + referral.id();

        mvc.perform(form(post(page + "/reviews/" + review + "/done"), "specialist").param("outcome", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write what the review decided")));
        mvc.perform(form(post(page + "/reviews/" + review + "/done"), "specialist").param("outcome", "Attending every week"))
                .andExpect(redirectedUrl(page));

        assertThat(calls.as("specialist", () -> programmes.referral(referral.id())).reviews()).hasSize(2)
                .anySatisfy(r -> assertThat(r.outcome()).isEqualTo("Attending every week"));
    }

    @Test
    void anOfficerReadsAReferralButIsOfferedNoFormToChangeIt() throws Exception {
        ProgrammeReferral referral = referred(person("Kyle"));

        mvc.perform(get("/offenders/programmes/" + referral.id()).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Change programme"),
                        not(containsString("Raise the risk alert")), not(containsString("Record the review")),
                        not(containsString("Close the referral")))));
    }

    @Test
    void aClosedReferralsOpenReviewsAreNotDueOrOverdueButNotNeeded() throws Exception {
        ProgrammeReferral referral = referred(person("Kyle"));
        jdbc.sql("UPDATE offender.programme_review SET due_at = :due WHERE referral_id = :id")
                .param("due", Timestamp.from(Instant.now().minus(Duration.ofDays(2)))).param("id", referral.id()).update();
        calls.as("specialist", () -> programmes.close(referral.id(), ProgrammeReferral.Status.WITHDRAWN,
                "Moved out of the force area", referral.version()));

        mvc.perform(get("/offenders/programmes/" + referral.id()).with(staff.as("specialist")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Not needed: the referral is closed"),
                        not(containsString(">Overdue</strong>")), not(containsString(">Due</strong>")))));
    }

    @Test
    void theReviewsDueListTagsTheOverdueRedAndIsInTheNavigationForSupervisorsAndSpecialists() throws Exception {
        ProgrammeReferral referral = referred(person("Kyle"));
        jdbc.sql("UPDATE offender.programme_review SET due_at = :due WHERE referral_id = :id")
                .param("due", Timestamp.from(Instant.now().minus(Duration.ofDays(2)))).param("id", referral.id()).update();

        mvc.perform(get("/offenders/programme-reviews").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Programme reviews due – Safeguard</title>"),
                        containsString("<h1 class=\"govuk-heading-l\">Programme reviews due</h1>"),
                        containsString("href=\"/offenders/programmes/" + referral.id() + "\""),
                        containsString("govuk-tag--red"), containsString(">Programme reviews</a>"))));
        mvc.perform(get("/").with(staff.as("officer")))
                .andExpect(content().string(not(containsString(">Programme reviews</a>"))));
    }
}
