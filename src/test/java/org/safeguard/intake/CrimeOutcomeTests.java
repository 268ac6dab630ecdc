package org.safeguard.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.support.Calls;
import org.safeguard.support.SafeguardTest;
import org.safeguard.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9, crime outcomes (Home Office outcomes framework, DOMAIN.md): every code belongs to a group the dashboard
 * reports; an officer records the outcome of an offence recorded on the incident, a correction replaces it and the
 * event says what it replaced; an offence not on the incident is refused with nothing saved; the offences page shows
 * each offence's outcome and explains a missing choice.
 */
@SafeguardTest
@RecordApplicationEvents
class CrimeOutcomeTests {

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
    @Autowired
    ApplicationEvents events;

    @Test
    void everyHomeOfficeOutcomeCodeHasOneOutcomeWithALabelAndAGroup() {
        assertThat(Arrays.stream(CrimeOutcome.values()).map(CrimeOutcome::code)).containsExactly("1", "1A", "2", "3",
                "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "20", "21", "22");
        assertThat(CrimeOutcome.values()).allSatisfy(o -> {
            assertThat(o.label()).isNotBlank();
            assertThat(o.group()).isNotNull();
            assertThat(CrimeOutcome.ofCode(" " + o.code().toLowerCase() + " ")).contains(o);
        });
        assertThat(CrimeOutcome.ofCode("19")).isEmpty();
        assertThat(CrimeOutcome.Group.values()).allSatisfy(g -> assertThat(g.label()).isNotBlank());
        assertThat(groupOf("1", "1A")).containsOnly(CrimeOutcome.Group.CHARGE_SUMMONS);
        assertThat(groupOf("2", "3")).containsOnly(CrimeOutcome.Group.CAUTION);
        assertThat(groupOf("14", "16")).containsOnly(CrimeOutcome.Group.EVIDENTIAL_VICTIM_NOT_SUPPORTING);
        assertThat(groupOf("15")).containsOnly(CrimeOutcome.Group.EVIDENTIAL_VICTIM_SUPPORTING);
        assertThat(groupOf("9", "10", "21")).containsOnly(CrimeOutcome.Group.NOT_IN_PUBLIC_INTEREST);
        assertThat(groupOf("5", "11", "12", "13")).containsOnly(CrimeOutcome.Group.PROSECUTION_PREVENTED);
        assertThat(groupOf("6", "7")).containsOnly(CrimeOutcome.Group.OTHER_OUT_OF_COURT);
        assertThat(groupOf("8")).containsOnly(CrimeOutcome.Group.COMMUNITY_RESOLUTION);
        assertThat(groupOf("22")).containsOnly(CrimeOutcome.Group.DIVERSIONARY);
    }

    @Test
    void anOutcomeRecordedThenCorrectedReplacesItAndTheEventCarriesThePreviousOutcome() {
        long id = domesticAbuseWith(OffenceGroup.COMMON_ASSAULT);
        List<RecordedOffence> first = calls.as("officer",
                () -> incidents.recordOutcome(id, OffenceGroup.COMMON_ASSAULT, CrimeOutcome.CHARGE_OR_SUMMONS));
        assertThat(first).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(CrimeOutcome.CHARGE_OR_SUMMONS);
            assertThat(o.outcomeRecordedBy()).isEqualTo("officer");
        });
        List<RecordedOffence> corrected = calls.as("supervisor",
                () -> incidents.recordOutcome(id, OffenceGroup.COMMON_ASSAULT, CrimeOutcome.ADULT_CAUTION));
        assertThat(corrected).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(CrimeOutcome.ADULT_CAUTION);
            assertThat(o.outcomeRecordedBy()).isEqualTo("supervisor");
        });
        calls.as("supervisor", () -> incidents.recordOutcome(id, OffenceGroup.COMMON_ASSAULT, CrimeOutcome.ADULT_CAUTION));

        assertThat(events.stream(CrimeOutcomeRecorded.class).filter(e -> e.incidentId() == id))
                .as("the same outcome again changes nothing and tells nobody")
                .extracting(CrimeOutcomeRecorded::offence, CrimeOutcomeRecorded::outcome,
                        CrimeOutcomeRecorded::previousOutcome, CrimeOutcomeRecorded::domesticAbuse,
                        CrimeOutcomeRecorded::recordedBy)
                .containsExactly(
                        tuple(OffenceGroup.COMMON_ASSAULT, CrimeOutcome.CHARGE_OR_SUMMONS,
                                null, true, "officer"),
                        tuple(OffenceGroup.COMMON_ASSAULT, CrimeOutcome.ADULT_CAUTION,
                                CrimeOutcome.CHARGE_OR_SUMMONS, true, "supervisor"));
        assertThat(jdbc.sql("SELECT reason FROM audit.event WHERE action = 'CRIME_OUTCOME_RECORDED' "
                        + "AND subject_type = 'incident' AND subject_id = :id ORDER BY seq")
                .param("id", Long.toString(id)).query(String.class).list())
                .containsExactly("COMMON_ASSAULT 1", "COMMON_ASSAULT 3, was 1");
    }

    @Test
    void anOutcomeForAnOffenceNotRecordedOnTheIncidentIsRefusedAndNothingSaved() {
        long id = domesticAbuseWith(OffenceGroup.HARASSMENT);
        assertThatThrownBy(() -> calls.as("officer",
                () -> incidents.recordOutcome(id, OffenceGroup.STALKING, CrimeOutcome.CHARGE_OR_SUMMONS)))
                .isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("Stalking is not recorded on this incident");
        assertThatThrownBy(() -> calls.as("call.handler",
                () -> incidents.recordOutcome(id, OffenceGroup.HARASSMENT, CrimeOutcome.CHARGE_OR_SUMMONS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(outcomeOf(id, OffenceGroup.HARASSMENT)).isNull();
        assertThat(events.stream(CrimeOutcomeRecorded.class).filter(e -> e.incidentId() == id)).isEmpty();
    }

    @Test
    void theOffencesPageShowsEachOutcomeAndExplainsAMissingChoiceWithNothingSaved() throws Exception {
        long id = domesticAbuseWith(OffenceGroup.ASSAULT_WITH_INJURY);
        mvc.perform(get("/incidents/{id}/offences", id).with(staff.as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No outcome yet")));

        mvc.perform(post("/incidents/{id}/offences/outcome", id).param("outcomeOffence", "ASSAULT_WITH_INJURY")
                        .param("outcome", "NOT_AN_OUTCOME").with(staff.as("officer")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#outcome\"")))
                .andExpect(content().string(containsString("Select the outcome")));
        mvc.perform(post("/incidents/{id}/offences/outcome", id).param("outcomeOffence", "STALKING")
                        .param("outcome", "EVIDENTIAL_VICTIM_DOES_NOT_SUPPORT").with(staff.as("officer")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#outcomeOffence\"")))
                .andExpect(content().string(containsString("Stalking is not recorded on this incident")));
        assertThat(outcomeOf(id, OffenceGroup.ASSAULT_WITH_INJURY)).isNull();

        mvc.perform(post("/incidents/{id}/offences/outcome", id).param("outcomeOffence", "ASSAULT_WITH_INJURY")
                        .param("outcome", "EVIDENTIAL_VICTIM_DOES_NOT_SUPPORT").with(staff.as("officer")).with(csrf()))
                .andExpect(redirectedUrl("/incidents/" + id + "/offences"));
        assertThat(outcomeOf(id, OffenceGroup.ASSAULT_WITH_INJURY)).isEqualTo("EVIDENTIAL_VICTIM_DOES_NOT_SUPPORT");
        mvc.perform(get("/incidents/{id}/offences", id).with(staff.as("officer")))
                .andExpect(content().string(containsString("16 Evidential difficulties: suspect identified, the victim "
                        + "does not support further action")))
                .andExpect(content().string(not(containsString("No outcome yet"))));
    }

    private long domesticAbuseWith(OffenceGroup offence) {
        String family = Calls.unusedFamilyName();
        long id = calls.record("call.handler", Calls.domesticAbuse(Instant.now().minus(Duration.ofHours(3)), null,
                "4 Teasel Walk", Calls.unusedPostcode(), Calls.victim("Gwen", family, LocalDate.of(1988, 2, 14)),
                Calls.suspect("Lars", family, LocalDate.of(1986, 9, 3)), "PRIORITY")).incident().id();
        calls.as("officer", () -> incidents.recordOffence(id, offence));
        return id;
    }

    private String outcomeOf(long incidentId, OffenceGroup offence) {
        return jdbc.sql("SELECT outcome FROM intake.offence WHERE incident_id = :id AND offence_group = :offence")
                .param("id", incidentId).param("offence", offence.name()).query((rs, n) -> Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    private static List<CrimeOutcome.Group> groupOf(String... codes) {
        return Arrays.stream(codes).map(c -> CrimeOutcome.ofCode(c).orElseThrow().group()).toList();
    }
}
