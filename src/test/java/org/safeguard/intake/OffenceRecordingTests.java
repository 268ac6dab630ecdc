package org.safeguard.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Offences recorded on a domestic abuse incident (what weighs it in the RFG priority list): by page and
 * API, once each, audited; refused on an incident that is not domestic abuse or has no suspect, and for a
 * call handler, with nothing saved.
 */
@SafeguardTest
class OffenceRecordingTests {

    @Autowired
    Calls calls;
    @Autowired
    Incidents incidents;
    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    private IncidentFile domesticAbuse() {
        String family = Calls.unusedFamilyName();
        return calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofHours(2)), null,
                "9 Rowan Court", Calls.unusedPostcode(), Calls.victim("Dee", family, LocalDate.of(1991, 4, 2)),
                Calls.suspect("Rob", family, LocalDate.of(1989, 7, 30)), "PRIORITY"));
    }

    private int offenceRows(long incidentId) {
        return jdbc.sql("SELECT count(*) FROM intake.offence WHERE incident_id = :id").param("id", incidentId)
                .query(Integer.class).single();
    }

    @Test
    void anOfficerRecordsOffencesOnceEachAndTheyAreAudited() {
        long id = domesticAbuse().incident().id();
        calls.as("officer", () -> incidents.recordOffence(id, OffenceGroup.COMMON_ASSAULT));
        calls.as("officer", () -> incidents.recordOffence(id, OffenceGroup.STRANGULATION));
        assertThat(calls.as("officer", () -> incidents.recordOffence(id, OffenceGroup.COMMON_ASSAULT)))
                .as("the same offence twice is one").containsExactly(OffenceGroup.COMMON_ASSAULT, OffenceGroup.STRANGULATION);
        assertThat(offenceRows(id)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT reason FROM audit.event WHERE action = 'OFFENCE_RECORDED' AND subject_type = 'incident' AND subject_id = :id "
                        + "ORDER BY seq").param("id", Long.toString(id)).query(String.class).list())
                .containsExactly("COMMON_ASSAULT", "STRANGULATION");
    }

    @Test
    void noOffenceOnAnIncidentWithoutASuspectOrThatIsNotDomesticAbuseAndNotByACallHandler() {
        String family = Calls.unusedFamilyName();
        NewParty victim = Calls.victim("Ann", family, LocalDate.of(1980, 1, 5));
        IncidentFile noSuspect = calls.record("call.handler", new NewIncident(Instant.now().minusSeconds(600),
                "EMERGENCY_999", "Ann " + family, null, "2 Elm Row", "Testtown", Calls.unusedPostcode(), List.of(victim),
                "CURRENT_PARTNER", true, true, 0, 0, null, false, false, false, "PRIORITY", "Caller frightened."));
        long noSuspectId = noSuspect.incident().id();
        assertThatThrownBy(() -> calls.as("officer", () -> incidents.recordOffence(noSuspectId, OffenceGroup.HARASSMENT)))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("Add the suspect");
        assertThat(offenceRows(noSuspectId)).isZero();

        long id = domesticAbuse().incident().id();
        assertThatThrownBy(() -> calls.as("call.handler", () -> incidents.recordOffence(id, OffenceGroup.HARASSMENT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(offenceRows(id)).isZero();
    }

    @Test
    void thePageAndTheApiRecordAnOffenceAndExplainAMissingChoice() throws Exception {
        long id = domesticAbuse().incident().id();
        mvc.perform(post("/incidents/{id}/offences", id).with(staff.as("officer")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Select the offence")));
        assertThat(offenceRows(id)).isZero();

        mvc.perform(post("/incidents/{id}/offences", id).param("offence", "THREATS_TO_KILL")
                        .with(staff.as("officer")).with(csrf()))
                .andExpect(redirectedUrl("/incidents/" + id));
        mvc.perform(get("/incidents/{id}", id).with(staff.as("officer")))
                .andExpect(content().string(containsString("Threats to kill")));

        mvc.perform(post("/api/v1/incidents/{id}/offences", id).with(staff.as("officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"offence\":\"SEXUAL_OFFENCE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.offences.length()").value(2));
        mvc.perform(post("/api/v1/incidents/{id}/offences", id).with(staff.as("officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"offence\":\"SHOUTING\"}"))
                .andExpect(status().isBadRequest());
        assertThat(offenceRows(id)).isEqualTo(2);
    }
}
