package org.safeguard.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 3's pages and API: bad input gets a field-level message (GOV.UK error summary, problem JSON)
 * and saves nothing; who may record, see and close what.
 */
@SafeguardTest
class IntakePagesAndApiTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    Calls calls;
    @Autowired
    Incidents incidents;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a received time in the future | receivedAt     | "receivedAt": "2099-01-01T10:00:00Z"  | The time received must be now or in the past
            a postcode in the wrong format | postcode       | "postcode": "NOT A POSTCODE"           | Enter a real postcode
            a grade that does not exist    | grade          | "grade": "URGENT-ISH"                  | Select the grade
            an incident with no victim     | parties        | "parties": [{"role": "SUSPECT", "givenName": "Lee", "familyName": "Tester", "dateOfBirth": "1980-01-01"}] | at least one victim
            a victim under 16 of intimate partner abuse | parties[0].dateOfBirth | "parties": [{"role": "VICTIM", "givenName": "Kim", "familyName": "Tester", "dateOfBirth": "2015-01-01"}], "bothAged16OrOver": false | cannot be the victim of intimate partner abuse
            """)
    void theApiRefusesBadInputWithProblemJsonAndSavesNothing(String what, String field, String json, String message)
            throws Exception {
        long before = incidentCount();
        mvc.perform(post("/api/v1/incidents").with(staff.as("call.handler")).contentType(MediaType.APPLICATION_JSON)
                        .content(incidentJson(json)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString(message))));
        assertThat(incidentCount()).as(what + " saves nothing").isEqualTo(before);
    }

    @Test
    void theApiRecordsAGoodIncidentAndReturnsItWithItsChecks() throws Exception {
        mvc.perform(post("/api/v1/incidents").with(staff.as("call.handler")).contentType(MediaType.APPLICATION_JSON)
                        .content(incidentJson("\"grade\": \"PRIORITY\"")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.incident.reference", containsString("INC-")))
                .andExpect(jsonPath("$.incident.domesticAbuse").value(true))
                .andExpect(jsonPath("$.checks[*].kind", hasItem("Address")));
    }

    @Test
    void aPartnerCanRecordOnlyPartnerReferralsAndSeesOnlyTheirAgencysOwn() throws Exception {
        mvc.perform(post("/api/v1/incidents").with(staff.as("partner")).contentType(MediaType.APPLICATION_JSON)
                        .content(incidentJson("\"channel\": \"EMERGENCY_999\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("channel")));
        String created = mvc.perform(post("/api/v1/incidents").with(staff.as("partner")).contentType(MediaType.APPLICATION_JSON)
                        .content(incidentJson("\"channel\": \"PARTNER_REFERRAL\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(created).with(staff.as("partner"))).andExpect(status().isOk());

        IncidentFile policeIncident = recordPriority();
        mvc.perform(get("/api/v1/incidents/" + policeIncident.incident().id()).with(staff.as("partner")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/incidents/" + policeIncident.incident().id()).with(staff.as("partner")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAnalystCannotSeeIncidentsOrTheHistory() throws Exception {
        IncidentFile file = recordPriority();
        mvc.perform(get("/api/v1/incidents/" + file.incident().id()).with(staff.as("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/history").param("phone", "01632960000").with(staff.as("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/incidents/new").with(staff.as("analyst"))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownIncidentIsNotFoundOnThePageAndTheApi() throws Exception {
        mvc.perform(get("/incidents/999999999").with(staff.as("officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/incidents/999999999").with(staff.as("officer")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void thePageShowsEveryProblemInTheErrorSummaryKeepsWhatWasTypedAndSavesNothing() throws Exception {
        long before = incidentCount();
        String tomorrow = DAY.format(LocalDate.now(LONDON).plusDays(1));
        mvc.perform(form(post("/incidents/new"), "call.handler")
                        .param("receivedDate", tomorrow).param("receivedTime", "10:00")
                        .param("channel", "EMERGENCY_999").param("callerPhone", "01632 960111")
                        .param("location", "<script>alert(1)</script> 4 Mill Lane").param("postcode", "NOTAPOSTCODE")
                        .param("parties[0].role", "SUSPECT").param("parties[0].givenName", "Lee")
                        .param("parties[0].familyName", "Tester").param("parties[0].dateOfBirth", "31/2/1980")
                        .param("bothAged16OrOver", "yes").param("personallyConnected", "yes")
                        .param("relationship", "CURRENT_PARTNER").param("grade", "NONSENSE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("The time received must be now or in the past"),
                        containsString("Enter a real postcode"), containsString("Select the grade"),
                        containsString("Enter the date of birth like 27/3/1985"),
                        containsString("href=\"#parties[0].dateOfBirth\""),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt; 4 Mill Lane"),
                        not(containsString("<script>alert(1)</script>")))));
        assertThat(incidentCount()).isEqualTo(before);
    }

    @Test
    void theOperatorRecordsAnIncidentOnThePageAndTheOfficerSeesTheChecksFirst() throws Exception {
        String family = Calls.unusedFamilyName();
        String location = mvc.perform(form(post("/incidents/new"), "call.handler")
                        .param("receivedDate", DAY.format(LocalDate.now(LONDON))).param("receivedTime", "00:01")
                        .param("channel", "NON_EMERGENCY_101").param("callerPhone", calls.unusedPhone())
                        .param("location", "Flat 1, 8 Mill Lane").param("postcode", Calls.unusedPostcode())
                        .param("parties[0].role", "VICTIM").param("parties[0].givenName", "Dana")
                        .param("parties[0].familyName", family).param("parties[0].dateOfBirth", "12/4/1990")
                        .param("parties[1].role", "SUSPECT").param("parties[1].givenName", "")
                        .param("parties[2].role", "CHILD").param("parties[2].givenName", "Ash")
                        .param("parties[2].familyName", family).param("parties[2].dateOfBirth", "1/6/2019")
                        .param("bothAged16OrOver", "yes").param("personallyConnected", "yes")
                        .param("relationship", "FORMER_PARTNER").param("childrenLiving", "1").param("childAges", "7")
                        .param("grade", "SCHEDULED").param("summary", "Ex-partner keeps calling."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/incidents/*"))
                .andReturn().getResponse().getRedirectedUrl();

        String page = mvc.perform(get(location).with(staff.as("officer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Checks recorded")).isLessThan(page.indexOf("The incident"));
        assertThat(page).contains("System for call.handler", "Ash " + family, "Former intimate partner");
    }

    @Test
    void theHistoryPanelFragmentListsEarlierIncidentsForTheTypedPhone() throws Exception {
        String phone = calls.unusedPhone();
        IncidentFile earlier = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofDays(3)),
                phone, "2 Pear Tree Close", Calls.unusedPostcode(), Calls.victim("Dana", Calls.unusedFamilyName(),
                        LocalDate.of(1990, 4, 12)), Calls.suspect("Lee", "Tester", null), "PRIORITY"));

        mvc.perform(get("/incidents/history").param("callerPhone", phone).with(staff.as("call.handler")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(earlier.incident().reference()),
                        containsString("1 earlier incident"), not(containsString("<html")))));
    }

    @Test
    void anOfficerCannotCloseAnImmediateIncidentAndASupervisorOnlyWithTheChecklistComplete() throws Exception {
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minusSeconds(600), null,
                "6 Rowan Road", Calls.unusedPostcode(), Calls.victim("Dana", Calls.unusedFamilyName(), null),
                Calls.suspect("Lee", "Tester", null), "IMMEDIATE"));
        String id = Long.toString(file.incident().id());

        mvc.perform(form(post("/incidents/" + id + "/close"), "officer").param("version", "0")
                        .param("victimSafe", "yes").param("suspectDealtWith", "yes").param("riskAssessed", "yes")
                        .param("positiveActionRecorded", "yes"))
                .andExpect(status().isForbidden());
        mvc.perform(form(post("/incidents/" + id + "/close"), "supervisor").param("version", "0")
                        .param("victimSafe", "yes").param("suspectDealtWith", "no"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Give the reason the suspect has not been dealt with"),
                        containsString("Select whether the risk assessment is done"))));
        assertThat(statusOf(file)).isEqualTo("OPEN");

        mvc.perform(form(post("/incidents/" + id + "/close"), "supervisor").param("version", "0")
                        .param("victimSafe", "yes").param("suspectDealtWith", "no").param("suspectReason", "Left before police arrived; circulated")
                        .param("riskAssessed", "yes").param("positiveActionRecorded", "yes"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(file)).isEqualTo("CLOSED");
        mvc.perform(form(post("/incidents/" + id + "/close"), "supervisor").param("version", "0")
                        .param("victimSafe", "yes").param("suspectDealtWith", "yes").param("riskAssessed", "yes")
                        .param("positiveActionRecorded", "yes"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM intake.close_out WHERE incident_id = :id").param("id", file.incident().id())
                .query(Long.class).single()).as("a second close changes nothing").isEqualTo(1);
    }

    @Test
    void theOversightListShowsOpenImmediateIncidentsToSupervisorsOnly() throws Exception {
        IncidentFile file = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minusSeconds(300), null,
                "8 Rowan Road", Calls.unusedPostcode(), Calls.victim("Dana", Calls.unusedFamilyName(), null),
                Calls.suspect("Lee", "Tester", null), "IMMEDIATE"));
        mvc.perform(get("/oversight").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(file.incident().reference())));
        mvc.perform(get("/oversight").with(staff.as("officer"))).andExpect(status().isForbidden());
    }

    @Test
    void deploymentSuggestsAvailableDomesticAbuseTrainedOfficersFirstAndRecordsArrival() throws Exception {
        var trained = staff.fresh(org.safeguard.access.Role.OFFICER);
        calls.as("supervisor", () -> {
            skills().save(trained.id(), LocalDate.now(LONDON).plusYears(1), false, true, -1);
            return null;
        });
        IncidentFile file = recordPriority();
        var suggestions = calls.as("call.handler", () -> incidents.suggestOfficers(file.incident().id()));
        int trainedAt = indexOf(suggestions, trained.id());
        assertThat(suggestions.subList(0, trainedAt)).allMatch(s -> s.available() && s.dveroCurrent());
        assertThat(suggestions.get(trainedAt).reason()).startsWith("Domestic abuse trained (DVERO) until");

        mvc.perform(form(post("/incidents/" + file.incident().id() + "/deploy"), "call.handler")
                        .param("officers", Long.toString(trained.id())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/incidents/" + file.incident().id() + "/attendance"), "officer")
                        .param("arrivedDate", DAY.format(LocalDate.now(LONDON))).param("arrivedTime", "23:59")
                        .param("officersAttending", "2").param("offenceDisclosed", "true").param("safetyAdvice", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An offence was disclosed and there was no arrest: give the reason")));
        assertThat(jdbc.sql("SELECT count(*) FROM intake.attendance WHERE incident_id = :id").param("id", file.incident().id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theIncidentListFiltersByRiskRepeatAndDateAndRefusesADateItCannotRead() throws Exception {
        // A town of their own, so other tests' incidents of today never push these off the first page.
        String town = "Filter" + Calls.unusedFamilyName().substring(5);
        NewIncident threat = Calls.domesticAbuse(Instant.now().minusSeconds(90), null, "1 Filter Row",
                Calls.unusedPostcode(), Calls.victim("Dana", Calls.unusedFamilyName(), null), Calls.suspect("Lee", "Tester", null),
                "PRIORITY");
        IncidentFile withThreat = calls.record("call.handler", new NewIncident(threat.receivedAt(), threat.channel(),
                threat.callerName(), null, threat.location(), town, threat.postcode(), threat.parties(),
                threat.relationship(), true, true, 0, 0, null, false, false, true, "PRIORITY", null));
        IncidentFile without = calls.record("call.handler", new NewIncident(threat.receivedAt(), threat.channel(),
                threat.callerName(), null, "3 Pear Tree Close", town, Calls.unusedPostcode(),
                List.of(Calls.victim("Dana", Calls.unusedFamilyName(), null), Calls.suspect("Lee", "Tester", null)),
                threat.relationship(), true, true, 0, 0, null, false, false, false, "PRIORITY", null));
        String today = DAY.format(LocalDate.now(LONDON));

        mvc.perform(get("/incidents").param("risk", "yes").param("from", today).param("status", "OPEN")
                        .param("area", town).with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(withThreat.incident().reference()),
                        not(containsString(without.incident().reference())))));
        mvc.perform(get("/incidents").param("risk", "no").param("from", today).param("area", town)
                        .with(staff.as("supervisor")))
                .andExpect(content().string(allOf(containsString(without.incident().reference()),
                        not(containsString(withThreat.incident().reference())))));
        mvc.perform(get("/incidents").param("from", "31/2/2026").with(staff.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("Enter the &#39;from&#39; date like 1/11/2026"))));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource(delimiter = '|', textBlock = """
            call.handler | /incidents/new             | Record an incident
            call.handler | /incidents/{id}/deploy     | Send officers
            officer      | /incidents/{id}            | Checks recorded
            officer      | /incidents/{id}/people/new | Add a person
            officer      | /incidents/{id}/attendance | Record attendance
            supervisor   | /incidents/{id}/close      | Close-out checklist
            supervisor   | /incidents                 | Incidents
            supervisor   | /oversight                 | Open immediate and high-risk incidents
            supervisor   | /skills                    | Skills register
            analyst      | /reports/checks            | Checks recorded on incidents
            """)
    void everyIntakePageOpensForTheRoleThatUsesIt(String username, String path, String heading) throws Exception {
        IncidentFile file = recordPriority();
        mvc.perform(get(path.replace("{id}", Long.toString(file.incident().id()))).with(staff.as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(heading)));
    }

    @Test
    void aSupervisorKeepsTheSkillsRegisterAndAStaleSaveIsRefused() throws Exception {
        var officer = staff.fresh(org.safeguard.access.Role.OFFICER);
        String path = "/skills/" + officer.id();
        mvc.perform(form(post(path), "supervisor").param("dveroTrainedUntil", "31/3/2027").param("available", "true")
                        .param("version", "-1"))
                .andExpect(status().is3xxRedirection());
        var saved = calls.as("supervisor", () -> officerSkills.register()).stream()
                .filter(e -> e.accountId() == officer.id()).findFirst().orElseThrow();
        assertThat(saved.dveroTrainedUntil()).isEqualTo(LocalDate.of(2027, 3, 31));
        mvc.perform(form(post(path), "supervisor").param("dveroTrainedUntil", "").param("version", "-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("conflict", containsString("changed by someone else")));
        mvc.perform(form(post(path), "officer").param("version", Integer.toString(saved.version())))
                .andExpect(status().isForbidden());
    }

    private OfficerSkills skills() {
        return officerSkills;
    }

    @Autowired
    OfficerSkills officerSkills;

    private static int indexOf(java.util.List<OfficerSuggestion> suggestions, long accountId) {
        for (int i = 0; i < suggestions.size(); i++) {
            if (suggestions.get(i).accountId() == accountId) {
                return i;
            }
        }
        throw new AssertionError("officer " + accountId + " not suggested");
    }

    private IncidentFile recordPriority() {
        return calls.record("call.handler", Calls.domesticAbuse(Instant.now().minusSeconds(120), null, "3 Pear Tree Close",
                Calls.unusedPostcode(), Calls.victim("Dana", Calls.unusedFamilyName(), LocalDate.of(1990, 4, 12)),
                Calls.suspect("Lee", "Tester", null), "PRIORITY"));
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String username) {
        return request.with(staff.as(username)).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    private String statusOf(IncidentFile file) {
        return jdbc.sql("SELECT status FROM intake.incident WHERE id = :id").param("id", file.incident().id())
                .query(String.class).single();
    }

    private long incidentCount() {
        return jdbc.sql("SELECT count(*) FROM intake.incident").query(Long.class).single();
    }

    /** A good incident as JSON with {@code override} fields replacing the defaults. */
    private static String incidentJson(String override) {
        String postcode = Calls.unusedPostcode();
        String received = "\"receivedAt\": \"" + Instant.now().minusSeconds(300) + "\"";
        String parties = "\"parties\": [{\"role\": \"VICTIM\", \"givenName\": \"Dana\", \"familyName\": \""
                + Calls.unusedFamilyName() + "\", \"dateOfBirth\": \"1990-04-12\", \"sex\": \"FEMALE\"},"
                + " {\"role\": \"SUSPECT\", \"givenName\": \"Lee\", \"familyName\": \"Tester\"}]";
        String[] fields = {received, "\"channel\": \"EMERGENCY_999\"", "\"location\": \"12 Mill Lane\"",
                "\"postcode\": \"" + postcode + "\"", parties, "\"relationship\": \"CURRENT_PARTNER\"",
                "\"bothAged16OrOver\": true", "\"personallyConnected\": true", "\"grade\": \"PRIORITY\""};
        StringBuilder json = new StringBuilder("{").append(override);
        for (String field : fields) {
            String name = field.substring(0, field.indexOf(':'));
            if (!override.contains(name)) {
                json.append(", ").append(field);
            }
        }
        return json.append("}").toString();
    }
}
